package org.openwor.core.eligibility;

import java.util.Locale;
import java.util.Objects;
import org.openwor.core.Localized;
import org.openwor.core.internal.Codes;
import org.openwor.core.internal.Messages;

/**
 * A reason why Welzijn op Recept does not fit a referral, as seed 003 lists them under "niet bedoeld
 * voor", plus the three conditions every referral must meet.
 *
 * <p>The declaration order is the stable order in which a decision reports its reasons.
 */
public enum IneligibilityReason implements Localized {
    /** The client is younger than the policy's minimum age, 18 by default (<i>jongeren onder de 18</i>). */
    UNDER_MINIMUM_AGE,
    /** Unstable psychiatric or other complex, heavy problems (<i>niet-stabiele psychiatrische problematiek</i>). */
    UNSTABLE_PSYCHIATRIC_OR_COMPLEX_PROBLEMS,
    /** A life event is still too recent, too much in the foreground (<i>life event te actueel</i>). */
    LIFE_EVENT_TOO_RECENT,
    /** A concrete request for indicated care (<i>concrete hulpvraag naar ge&iuml;ndiceerde zorg</i>). */
    CONCRETE_CARE_REQUEST,
    /** No signal gives the referral a social starting point (<i>geen sociaal uitgangspunt</i>). */
    NO_SOCIAL_STARTING_POINT,
    /** The client is not motivated to change something (<i>niet gemotiveerd</i>). */
    NOT_MOTIVATED,
    /** The client does not agree to the referral (<i>geen instemming met de verwijzing</i>). */
    NO_CONSENT_TO_REFERRAL;

    /**
     * Returns the stable, lowercase code of this reason, as used on the wire.
     *
     * @return the code, such as {@code under-minimum-age}
     */
    @Override
    public String code() {
        return Codes.code(this);
    }

    /**
     * Returns the reason as a sentence a GP can read.
     *
     * @param locale the reader's locale, not null
     * @return the Dutch or English text
     */
    @Override
    public String text(Locale locale) {
        return Messages.text("IneligibilityReason." + name(), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the reason with the given code.
     *
     * @param code the lowercase code, not null
     * @return the reason
     * @throws IllegalArgumentException if no reason has this code
     */
    public static IneligibilityReason fromCode(String code) {
        return Codes.fromCode(IneligibilityReason.class, code);
    }
}
