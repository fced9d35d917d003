package org.openwor.core;

import java.util.Locale;
import java.util.Objects;
import org.openwor.core.internal.Codes;
import org.openwor.core.internal.Messages;

/**
 * The role of the primary care professional (<i>eerstelijnszorgverlener</i>) who refers a client.
 *
 * <p>Seed 003 names the GP, the practice nurse and the physiotherapist as referrers; the district nurse
 * advises and the referral preferably goes through the GP practice.
 */
public enum ReferrerRole implements Localized {
    /** General practitioner (<i>huisarts</i>), the main referrer. */
    GP,
    /** Practice nurse for mental health (<i>POH-GGZ</i>). */
    PRACTICE_NURSE_MENTAL_HEALTH,
    /** Practice nurse for somatic care (<i>POH-S</i>). */
    PRACTICE_NURSE_SOMATIC,
    /** Physiotherapist (<i>fysiotherapeut</i>). */
    PHYSIOTHERAPIST,
    /** District nurse (<i>wijkverpleegkundige</i>); advises, preferably refers through the GP practice. */
    DISTRICT_NURSE,
    /** Any other primary care professional (<i>andere eerstelijnszorgverlener</i>). */
    OTHER_PRIMARY_CARE;

    /**
     * Returns the stable, lowercase code of this constant, as used on the wire.
     *
     * @return the code, such as {@code gp}
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
        return Messages.text("ReferrerRole." + name(), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the lowercase code, such as {@code gp}, not null
     * @return the constant
     * @throws IllegalArgumentException if no constant has this code
     */
    public static ReferrerRole fromCode(String code) {
        return Codes.fromCode(ReferrerRole.class, code);
    }
}
