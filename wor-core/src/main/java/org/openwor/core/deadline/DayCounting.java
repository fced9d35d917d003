package org.openwor.core.deadline;

import java.util.Locale;
import java.util.Objects;
import org.openwor.core.Localized;
import org.openwor.core.internal.Codes;
import org.openwor.core.internal.Messages;

/** How the days of a {@link Term} are counted: calendar days, working days or by the Algemene termijnenwet. */
public enum DayCounting implements Localized {
    /** Every day counts (<i>kalenderdagen</i>); the due date may fall on a weekend or a holiday. */
    CALENDAR_DAYS,
    /**
     * Only working days count (<i>werkdagen</i>): Monday to Friday, holidays excepted. The due date is
     * always a working day.
     */
    WORKING_DAYS,
    /**
     * Calendar days under the General Time Limits Act (<i>Algemene termijnenwet</i>), article 1: every day
     * counts, but a due date on a Saturday, a Sunday or a holiday moves to the next working day.
     */
    ALGEMENE_TERMIJNENWET;

    /**
     * Returns the stable, lowercase code of this constant, as used on the wire.
     *
     * @return the code, such as {@code working-days}
     */
    @Override
    public String code() {
        return Codes.code(this);
    }

    /**
     * Returns the Dutch or English label of this constant.
     *
     * @param locale the reader's locale, not null
     * @return the label, such as {@code Werkdagen} or {@code Working days}
     */
    @Override
    public String text(Locale locale) {
        return Messages.text("DayCounting." + name(), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the lowercase code, such as {@code working-days}, not null
     * @return the constant
     * @throws IllegalArgumentException if no constant has this code
     */
    public static DayCounting fromCode(String code) {
        return Codes.fromCode(DayCounting.class, code);
    }
}
