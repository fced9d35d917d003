package org.openwor.core;

import java.util.Locale;
import java.util.Objects;
import org.openwor.core.internal.Codes;
import org.openwor.core.internal.Messages;

/**
 * A signal that gives a referral its social starting point (<i>sociaal uitgangspunt</i>): the categories
 * of people for whom Welzijn op Recept is meant, as seed 003 lists them under "voor wie wel".
 *
 * <p>Note that {@link #STABLE_CHRONIC_PSYCHOLOGICAL_COMPLAINTS} is an inclusion, whereas unstable
 * psychiatric problems are an exclusion recorded elsewhere on the referral.
 */
public enum SocialSignal implements Localized {
    /** Psychological complaints: gloom, anxiety, worrying, stress or burn-out (<i>psychische klachten</i>). */
    PSYCHOLOGICAL_COMPLAINTS,
    /** Stuck in life through work, a relationship or a drastic event (<i>vastlopen in het leven</i>). */
    STUCK_IN_LIFE,
    /** Problems with a chronic physical condition (<i>chronische lichamelijke aandoening</i>). */
    CHRONIC_PHYSICAL_CONDITION,
    /** Chronic psychological complaints, treated and now stable (<i>chronisch psychisch, nu stabiel</i>). */
    STABLE_CHRONIC_PSYCHOLOGICAL_COMPLAINTS,
    /** A limited social network, loneliness or risk of isolation (<i>eenzaamheid, sociaal isolement</i>). */
    LONELINESS_OR_LIMITED_NETWORK,
    /** Caring for, or worrying about, an ill loved one (<i>zorgen voor of om een naaste</i>). */
    CARING_FOR_LOVED_ONE,
    /** Medically unexplained physical complaints (<i>SOLK</i>). */
    MEDICALLY_UNEXPLAINED_SYMPTOMS,
    /** Sleep problems (<i>slaapproblemen</i>). */
    SLEEP_PROBLEMS,
    /** An unhealthy lifestyle: smoking, little exercise, overweight (<i>ongezonde leefstijl</i>). */
    UNHEALTHY_LIFESTYLE,
    /** Feeling unhappy or unsafe where one lives (<i>ongelukkig of onveilig in de woonomgeving</i>). */
    UNHAPPY_OR_UNSAFE_AT_HOME,
    /** Fatigue (<i>vermoeidheid</i>), named by seed 003 as a psychosocial complaint. */
    FATIGUE,
    /** Headache (<i>hoofdpijn</i>), named by seed 003 as a psychosocial complaint. */
    HEADACHE,
    /** Back or neck pain (<i>rug- of nekpijn</i>), named by seed 003 as a psychosocial complaint. */
    BACK_OR_NECK_PAIN;

    /**
     * Returns the stable, lowercase code of this constant, as used on the wire.
     *
     * @return the code, such as {@code psychological-complaints}
     */
    @Override
    public String code() {
        return Codes.code(this);
    }

    /**
     * Returns the Dutch or English label of this constant.
     *
     * @param locale the reader's locale, not null
     * @return the label, never null
     */
    @Override
    public String text(Locale locale) {
        return Messages.text("SocialSignal." + name(), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the lowercase code, such as {@code psychological-complaints}, not null
     * @return the constant
     * @throws IllegalArgumentException if no constant has this code
     */
    public static SocialSignal fromCode(String code) {
        return Codes.fromCode(SocialSignal.class, code);
    }
}
