package org.openwor.core.deadline;

import java.util.Locale;
import java.util.Objects;
import org.openwor.core.Localized;
import org.openwor.core.internal.Codes;
import org.openwor.core.internal.Messages;

/** The deadlines of a case (<i>termijnen</i>). */
public enum DeadlineKind implements Localized {
    /** First contact with the client, within 2 weeks of the referral by default (seed 004). */
    FIRST_CONTACT,
    /** The evaluation, 6 months after the intake by default (seed 003). */
    EVALUATION,
    /** Feedback to the referrer after the evaluation (seed 003; the period is a policy choice). */
    FEEDBACK;

    /**
     * Returns the stable, lowercase code, as used on the wire.
     *
     * @return the code, such as {@code first-contact}
     */
    @Override
    public String code() {
        return Codes.code(this);
    }

    /**
     * Returns the Dutch or English text.
     *
     * @param locale the reader's locale, not null
     * @return the text
     */
    @Override
    public String text(Locale locale) {
        return Messages.text("DeadlineKind." + name(), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the lowercase code, not null
     * @return the constant
     * @throws IllegalArgumentException if no constant has this code
     */
    public static DeadlineKind fromCode(String code) {
        return Codes.fromCode(DeadlineKind.class, code);
    }
}
