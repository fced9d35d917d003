package org.openwor.core.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The Dutch public holidays (<i>feestdagen</i>), with the two choices on which employers and statutes
 * differ as options: whether Liberation Day (<i>Bevrijdingsdag</i>) is a day off every year, every five
 * years or never ({@link #liberationDay()}), and whether Good Friday (<i>Goede Vrijdag</i>) is a day off
 * ({@link #goodFridayOff()}).
 *
 * <p>The other holidays always count: New Year's Day, Easter Sunday and Monday, King's Day, Ascension
 * Day, Whit Sunday and Monday, Christmas Day and Boxing Day (see {@link DutchHoliday} for their dates).
 * Easter Sunday and Whit Sunday are Sundays, so they never change whether a day is a working day; they
 * are listed all the same, so that {@link #holidaysIn(int)} names every feast. Two ready-made calendars
 * cover the common cases:
 * <ul>
 *   <li>{@link #standard()}: the usual choice of collective agreements (<i>cao's</i>): Liberation Day
 *       in the lustrum years only, Good Friday not a day off. These are also the defaults of
 *       {@link #builder()}.</li>
 *   <li>{@link #algemeneTermijnenwet()}: the generally recognised holidays (<i>algemeen erkende
 *       feestdagen</i>) of the General Time Limits Act (<i>Algemene termijnenwet</i>), article 3, with Good
 *       Friday, which a decree (<i>besluit</i>) under article 3 equates with them: Liberation Day every
 *       year and Good Friday counted.</li>
 * </ul>
 *
 * <p>Holidays are known from {@value DutchHoliday#FIRST_YEAR}; asking about an earlier date throws a
 * {@link DateTimeException}. When two holidays fall on the same date, as Ascension Day and Liberation Day
 * did on 5 May 2005 and 2016, the date is one holiday in this calendar and is reported as the one
 * declared first in {@link DutchHoliday}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DutchHolidayCalendar implements HolidayCalendar {

    private static final DutchHolidayCalendar STANDARD = builder().build();
    private static final DutchHolidayCalendar ALGEMENE_TERMIJNENWET = builder()
            .liberationDay(LiberationDayRule.EVERY_YEAR)
            .goodFridayOff(true)
            .build();

    DutchHolidayCalendar() {}

    /**
     * Returns the calendar that most collective agreements (<i>cao's</i>) follow: Liberation Day a day
     * off in the lustrum years only (2025, 2030, ...), Good Friday not a day off.
     *
     * @return the standard calendar
     */
    public static DutchHolidayCalendar standard() {
        return STANDARD;
    }

    /**
     * Returns the calendar of the General Time Limits Act (<i>Algemene termijnenwet</i>): the generally
     * recognised holidays of article 3, Liberation Day every year, and Good Friday, which is equated with
     * them by decree.
     *
     * @return the calendar of the Algemene termijnenwet
     */
    public static DutchHolidayCalendar algemeneTermijnenwet() {
        return ALGEMENE_TERMIJNENWET;
    }

    /**
     * Returns a new builder that starts from the choices of {@link #standard()}.
     *
     * @return a builder for a calendar
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns in which years Liberation Day (<i>Bevrijdingsdag</i>, 5 May) is a holiday. Default
     * {@link LiberationDayRule#EVERY_FIVE_YEARS}.
     *
     * @return the Liberation Day rule
     */
    @Value.Default
    public LiberationDayRule liberationDay() {
        return LiberationDayRule.EVERY_FIVE_YEARS;
    }

    /**
     * Returns whether Good Friday (<i>Goede Vrijdag</i>) is a holiday. Default false: most employers do
     * not give the day off.
     *
     * @return true if Good Friday is a holiday
     */
    @Value.Default
    public boolean goodFridayOff() {
        return false;
    }

    /**
     * Tells whether a date is a holiday in this calendar.
     *
     * @param date the date, not null
     * @return true if the date is a holiday
     * @throws DateTimeException if the date's year is before {@value DutchHoliday#FIRST_YEAR}
     */
    @Override
    public boolean isHoliday(LocalDate date) {
        return holiday(date).isPresent();
    }

    /**
     * Returns the holiday on a date, if the date is one in this calendar.
     *
     * @param date the date, not null
     * @return the holiday, or empty when the date is not a holiday
     * @throws DateTimeException if the date's year is before {@value DutchHoliday#FIRST_YEAR}
     */
    public Optional<DutchHoliday> holiday(LocalDate date) {
        int year = Objects.requireNonNull(date, "date").getYear();
        return holidays(year).filter(holiday -> holiday.dateIn(year).equals(date)).findFirst();
    }

    /**
     * Returns the holidays of this calendar in a year, by date.
     *
     * @param year the year, from {@value DutchHoliday#FIRST_YEAR}
     * @return the holidays by date, in date order; unmodifiable
     * @throws DateTimeException if the year is before {@value DutchHoliday#FIRST_YEAR} or beyond
     *     {@link LocalDate#MAX}
     */
    public SortedMap<LocalDate, DutchHoliday> holidaysIn(int year) {
        SortedMap<LocalDate, DutchHoliday> byDate = new TreeMap<>();
        holidays(year).forEach(holiday -> byDate.putIfAbsent(holiday.dateIn(year), holiday));
        return Collections.unmodifiableSortedMap(byDate);
    }

    /** The holidays that this calendar counts in a year, in declaration order. */
    private Stream<DutchHoliday> holidays(int year) {
        DutchHoliday.requireKnownYear(year);
        return Arrays.stream(DutchHoliday.values()).filter(holiday -> switch (holiday) {
            case GOOD_FRIDAY -> goodFridayOff();
            case LIBERATION_DAY -> liberationDay().isHolidayIn(year);
            case NEW_YEARS_DAY, EASTER_SUNDAY, EASTER_MONDAY, KINGS_DAY, ASCENSION_DAY, WHIT_SUNDAY, WHIT_MONDAY,
                    CHRISTMAS_DAY, BOXING_DAY -> true;
        });
    }

    /** Builds a {@link DutchHolidayCalendar}; every option not set keeps the choice of {@link #standard()}. */
    public static final class Builder extends ImmutableDutchHolidayCalendar.Builder {
        Builder() {}
    }
}
