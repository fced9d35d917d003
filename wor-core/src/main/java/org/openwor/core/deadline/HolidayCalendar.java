package org.openwor.core.deadline;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Tells which days are public holidays (<i>feestdagen</i>), and from that which days are working days
 * (<i>werkdagen</i>): every Monday to Friday that is not a holiday.
 *
 * <p>The library ships {@link DutchHolidayCalendar} and {@link #weekendsOnly()}; a vendor plugs in a
 * calendar of its own, such as one that also closes on a regional holiday, by implementing
 * {@link #isHoliday(LocalDate)}, for example as a lambda:
 * <pre>{@code
 * HolidayCalendar withOwnDayOff = date -> DutchHolidayCalendar.standard().isHoliday(date)
 *         || date.equals(LocalDate.of(2026, 11, 11));
 * }</pre>
 * Implementations must be pure: the same date always gives the same answer. The default methods need at
 * least one working day in every 366 consecutive days.
 */
@FunctionalInterface
public interface HolidayCalendar {

    /**
     * Returns the calendar without public holidays: every Monday to Friday is a working day.
     *
     * @return the calendar of weekends only, immutable and thread-safe
     */
    static HolidayCalendar weekendsOnly() {
        return WeekendsOnly.INSTANCE;
    }

    /**
     * Tells whether a date is a public holiday in this calendar. Whether it is a Saturday or a Sunday
     * does not matter: an Easter Sunday may be reported as a holiday.
     *
     * @param date the date, not null
     * @return true if the date is a holiday
     * @throws DateTimeException if the calendar does not know the holidays of the date's year
     */
    boolean isHoliday(LocalDate date);

    /**
     * Tells whether a date is a working day (<i>werkdag</i>): not a Saturday, not a Sunday and not a
     * holiday.
     *
     * @param date the date, not null
     * @return true if the date is a working day
     * @throws DateTimeException if the calendar does not know the holidays of the date's year
     */
    default boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = Objects.requireNonNull(date, "date").getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /**
     * Returns the date itself if it is a working day, otherwise the first working day after it.
     *
     * @param date the date, not null
     * @return the first working day on or after the date
     * @throws DateTimeException if no working day follows within 366 days, or the result would lie beyond
     *     {@link LocalDate#MAX}
     */
    default LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate candidate = Objects.requireNonNull(date, "date");
        for (int skipped = 0; !isWorkingDay(candidate); skipped++) {
            if (skipped == 366) {
                throw new DateTimeException("the holiday calendar has no working day within 366 days");
            }
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /**
     * Adds working days to a date: returns the {@code n}-th working day strictly after it. The date itself
     * need not be a working day: one working day after a Saturday is the Monday, if that is not a holiday.
     * Adding zero returns the date unchanged.
     *
     * @param date the date to count from, not null
     * @param n the number of working days, not negative
     * @return the {@code n}-th working day after the date, or the date itself when {@code n} is zero
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws DateTimeException if no working day follows within 366 days, or the result would lie beyond
     *     {@link LocalDate#MAX}
     */
    default LocalDate plusWorkingDays(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        if (n < 0) {
            throw new IllegalArgumentException("n: the number of working days must not be negative");
        }
        LocalDate result = date;
        for (int counted = 0; counted < n; counted++) {
            result = nextWorkingDayOnOrAfter(result.plusDays(1));
        }
        return result;
    }
}
