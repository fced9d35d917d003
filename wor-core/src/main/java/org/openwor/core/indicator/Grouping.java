package org.openwor.core.indicator;

import org.openwor.core.internal.Codes;

/** How a report breaks its cases down into rows, besides the total row. */
public enum Grouping {
    /** By the referrer's role (GP, practice nurse, physiotherapist, ...). */
    REFERRER_ROLE,
    /** By referring practice. */
    PRACTICE,
    /** By the coach's organisation; cases without one fall under {@code unknown}. */
    COACH_ORGANISATION,
    /** By the client's CBS municipality code; cases without one fall under {@code unknown}. */
    MUNICIPALITY,
    /** By month of the referral date, such as {@code 2026-03}. */
    MONTH,
    /** By quarter of the referral date, such as {@code 2026-Q1}. */
    QUARTER;

    /**
     * Returns the stable, lowercase code.
     *
     * @return the code, such as {@code referrer-role}
     */
    public String code() {
        return Codes.code(this);
    }

    /**
     * Returns the grouping with the given code.
     *
     * @param code the code, not null
     * @return the grouping
     * @throws IllegalArgumentException if no grouping has this code
     */
    public static Grouping fromCode(String code) {
        return Codes.fromCode(Grouping.class, code);
    }
}
