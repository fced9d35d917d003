package org.openwor.core.deadline;

/**
 * In which years Liberation Day (<i>Bevrijdingsdag</i>, 5 May) counts as a holiday. It is a national
 * holiday every year, but collective agreements (<i>cao's</i>) differ: many give the day off only once
 * every five years, in the lustrum years (<i>lustrumjaren</i>) 2025, 2030 and so on.
 */
public enum LiberationDayRule {
    /** Liberation Day is a holiday every year, as in the General Time Limits Act (<i>Algemene termijnenwet</i>). */
    EVERY_YEAR,
    /** Liberation Day is a holiday in the years divisible by five only (the lustrum years). */
    EVERY_FIVE_YEARS,
    /** Liberation Day is never a holiday. */
    NEVER;

    /**
     * Tells whether Liberation Day is a holiday in a year under this rule.
     *
     * @param year the year
     * @return true if 5 May of that year is a holiday
     */
    boolean isHolidayIn(int year) {
        return switch (this) {
            case EVERY_YEAR -> true;
            case EVERY_FIVE_YEARS -> year % 5 == 0;
            case NEVER -> false;
        };
    }
}
