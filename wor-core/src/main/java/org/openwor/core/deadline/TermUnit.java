package org.openwor.core.deadline;

/** The unit in which the length of a {@link Term} is given. */
public enum TermUnit {
    /** Days (<i>dagen</i>). */
    DAYS,
    /** Weeks (<i>weken</i>): seven calendar days, or five working days. */
    WEEKS,
    /** Months (<i>maanden</i>), as {@link java.time.LocalDate#plusMonths(long)} adds them. */
    MONTHS
}
