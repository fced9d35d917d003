package org.openwor.core.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;
import org.openwor.core.InvalidValueException;
import org.openwor.core.internal.Checks;

/**
 * A term (<i>termijn</i>): a number of days, weeks or months, counted in one of the ways of
 * {@link DayCounting}, such as the two weeks within which the wellbeing coach contacts the client for
 * the intake (seed 004).
 *
 * <p>{@link #dueDate(LocalDate, HolidayCalendar)} counts from an anchor date, such as the referral date,
 * which is day zero:
 * <ul>
 *   <li>{@link DayCounting#CALENDAR_DAYS}: the anchor plus the period: {@code n} days, {@code 7n} days,
 *       or {@code n} months as {@link LocalDate#plusMonths(long)} adds them (31 January plus one month is
 *       the last day of February). The due date may be a Saturday, a Sunday or a holiday.</li>
 *   <li>{@link DayCounting#WORKING_DAYS}: for days, the {@code n}-th working day after the anchor; for
 *       weeks, the {@code 5n}-th. A month has no fixed number of working days, so for months the due date
 *       is the anchor plus {@code n} calendar months, moved to the next working day when that date is not
 *       one. A term of zero is due on the anchor, or on the next working day when the anchor is not one:
 *       the due date is always a working day.</li>
 *   <li>{@link DayCounting#ALGEMENE_TERMIJNENWET}: the calendar due date, moved to the next working day
 *       when it falls on a Saturday, a Sunday or a holiday (article 1 of the General Time Limits Act,
 *       <i>Algemene termijnenwet</i>). Article 2, which lengthens a term of three days or more until it
 *       holds at least two working days, is not applied. The act's own holidays are those of
 *       {@link DutchHolidayCalendar#algemeneTermijnenwet()}; pass that calendar to count as the act
 *       does.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Term {

    /** The longest term in any unit. */
    private static final int MAX_AMOUNT = 1000;

    Term() {}

    /**
     * Returns the length of the term in its unit.
     *
     * @return the amount, 0 to 1000
     */
    @Value.Parameter
    public abstract int amount();

    /**
     * Returns the unit of the amount.
     *
     * @return days, weeks or months
     */
    @Value.Parameter
    public abstract TermUnit unit();

    /**
     * Returns how the days of the term are counted.
     *
     * @return the day counting
     */
    @Value.Parameter
    public abstract DayCounting counting();

    /**
     * Obtains a term.
     *
     * @param amount the length in the unit, 0 to 1000
     * @param unit the unit, not null
     * @param counting how days are counted, not null
     * @return the term
     * @throws InvalidValueException if the amount is negative or above 1000
     */
    public static Term of(int amount, TermUnit unit, DayCounting counting) {
        return ImmutableTerm.of(amount, unit, counting);
    }

    /**
     * Obtains a term of days.
     *
     * @param days the number of days, 0 to 1000
     * @param counting how days are counted, not null
     * @return the term
     * @throws InvalidValueException if the number is negative or above 1000
     */
    public static Term ofDays(int days, DayCounting counting) {
        return of(days, TermUnit.DAYS, counting);
    }

    /**
     * Obtains a term of weeks, such as the two weeks for the first contact (seed 004).
     *
     * @param weeks the number of weeks, 0 to 1000
     * @param counting how days are counted, not null
     * @return the term
     * @throws InvalidValueException if the number is negative or above 1000
     */
    public static Term ofWeeks(int weeks, DayCounting counting) {
        return of(weeks, TermUnit.WEEKS, counting);
    }

    /**
     * Obtains a term of months, such as the six months after which coach and client evaluate (seed 003).
     *
     * @param months the number of months, 0 to 1000
     * @param counting how days are counted, not null
     * @return the term
     * @throws InvalidValueException if the number is negative or above 1000
     */
    public static Term ofMonths(int months, DayCounting counting) {
        return of(months, TermUnit.MONTHS, counting);
    }

    /**
     * Returns the date on which this term ends (the due date), counted from an anchor date as the class
     * documentation describes.
     *
     * @param anchor the date the term starts from, day zero, not null
     * @param calendar the holidays to skip, not null; not used for {@link DayCounting#CALENDAR_DAYS}
     * @return the due date, never before the anchor
     * @throws DateTimeException if the calendar does not know the holidays of a year the count passes, or
     *     the due date would lie beyond {@link LocalDate#MAX}
     */
    public LocalDate dueDate(LocalDate anchor, HolidayCalendar calendar) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(calendar, "calendar");
        return switch (counting()) {
            case CALENDAR_DAYS -> calendarDueDate(anchor);
            case WORKING_DAYS -> calendar.nextWorkingDayOnOrAfter(switch (unit()) {
                case DAYS -> calendar.plusWorkingDays(anchor, amount());
                case WEEKS -> calendar.plusWorkingDays(anchor, 5 * amount());
                case MONTHS -> anchor.plusMonths(amount());
            });
            case ALGEMENE_TERMIJNENWET -> calendar.nextWorkingDayOnOrAfter(calendarDueDate(anchor));
        };
    }

    /**
     * Returns the term in words, such as {@code 2 weeks (working days)}.
     *
     * @return the amount, the unit and the day counting, in English
     */
    @Override
    public String toString() {
        String unit = unit().name().toLowerCase(Locale.ROOT);
        return amount() + " " + (amount() == 1 ? unit.substring(0, unit.length() - 1) : unit)
                + " (" + counting().code().replace('-', ' ') + ")";
    }

    private LocalDate calendarDueDate(LocalDate anchor) {
        return switch (unit()) {
            case DAYS -> anchor.plusDays(amount());
            case WEEKS -> anchor.plusWeeks(amount());
            case MONTHS -> anchor.plusMonths(amount());
        };
    }

    @Value.Check
    void check() {
        Checks.require(amount() >= 0 && amount() <= MAX_AMOUNT, "amount", "term-amount-range",
                "a term is 0 to " + MAX_AMOUNT + " days, weeks or months");
    }
}
