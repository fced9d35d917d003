package org.openwor.core.deadline;

import java.util.Locale;
import java.util.Objects;
import org.openwor.core.Localized;
import org.openwor.core.internal.Codes;
import org.openwor.core.internal.Messages;

/** Where a deadline stands on a given date. */
public enum DeadlineStatus implements Localized {
    /** Not met yet and not yet due; also used while its anchor event has not happened. */
    PENDING,
    /** Met on or before the due date. */
    MET,
    /** Met, but after the due date. */
    MET_LATE,
    /** Not met and past its due date. */
    OVERDUE,
    /** Does not apply: the case ended before the deadline could be met or fell due. */
    NOT_APPLICABLE;

    /**
     * Returns the stable, lowercase code, as used on the wire.
     *
     * @return the code, such as {@code met}
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
        return Messages.text("DeadlineStatus." + name(), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the lowercase code, not null
     * @return the constant
     * @throws IllegalArgumentException if no constant has this code
     */
    public static DeadlineStatus fromCode(String code) {
        return Codes.fromCode(DeadlineStatus.class, code);
    }
}
