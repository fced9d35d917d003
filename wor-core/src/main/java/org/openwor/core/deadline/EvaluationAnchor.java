package org.openwor.core.deadline;

import java.util.Locale;
import java.util.Objects;
import org.openwor.core.Localized;
import org.openwor.core.internal.Codes;
import org.openwor.core.internal.Messages;

/** The event from which the six months to the evaluation are counted. */
public enum EvaluationAnchor implements Localized {
    /** From the referral date. */
    REFERRAL,
    /** From the intake (the default; seed 003 counts six months of working with the coach). */
    INTAKE,
    /** From the first day of participation in an activity. */
    ACTIVITY_START;

    /**
     * Returns the stable, lowercase code, as used on the wire.
     *
     * @return the code, such as {@code intake}
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
        return Messages.text("EvaluationAnchor." + name(), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the lowercase code, not null
     * @return the constant
     * @throws IllegalArgumentException if no constant has this code
     */
    public static EvaluationAnchor fromCode(String code) {
        return Codes.fromCode(EvaluationAnchor.class, code);
    }
}
