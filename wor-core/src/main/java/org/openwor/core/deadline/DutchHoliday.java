package org.openwor.core.deadline;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Objects;
import org.openwor.core.Localized;
import org.openwor.core.internal.Codes;
import org.openwor.core.internal.Messages;

/**
 * A Dutch public holiday (<i>feestdag</i>), with the rule that gives its date in a year.
 *
 * <p>The moveable feasts follow Easter Sunday, computed with the anonymous Gregorian algorithm (Meeus,
 * Jones and Butcher). Dates are known from {@value #FIRST_YEAR}, the first year of the present rule for
 * Queen's Day; later years follow the rules as they stand today. Which of these days a calendar counts
 * as a day off is the choice of a {@link DutchHolidayCalendar}.
 */
public enum DutchHoliday implements Localized {
    /** New Year's Day (<i>Nieuwjaarsdag</i>), 1 January. */
    NEW_YEARS_DAY,
    /** Good Friday (<i>Goede Vrijdag</i>), two days before Easter Sunday; often not a day off. */
    GOOD_FRIDAY,
    /** Easter Sunday (<i>Eerste Paasdag</i>). */
    EASTER_SUNDAY,
    /** Easter Monday (<i>Tweede Paasdag</i>), the day after Easter Sunday. */
    EASTER_MONDAY,
    /**
     * King's Day (<i>Koningsdag</i>): from 2014 on 27 April, or on 26 April when the 27th is a Sunday;
     * until 2013 Queen's Day (<i>Koninginnedag</i>) on 30 April, or on 29 April when the 30th is a Sunday.
     */
    KINGS_DAY,
    /** Liberation Day (<i>Bevrijdingsdag</i>), 5 May; not a day off every year for every employer. */
    LIBERATION_DAY,
    /** Ascension Day (<i>Hemelvaartsdag</i>), 39 days after Easter Sunday, a Thursday. */
    ASCENSION_DAY,
    /** Whit Sunday (<i>Eerste Pinksterdag</i>), 49 days after Easter Sunday. */
    WHIT_SUNDAY,
    /** Whit Monday (<i>Tweede Pinksterdag</i>), 50 days after Easter Sunday. */
    WHIT_MONDAY,
    /** Christmas Day (<i>Eerste Kerstdag</i>), 25 December. */
    CHRISTMAS_DAY,
    /** Boxing Day (<i>Tweede Kerstdag</i>), 26 December. */
    BOXING_DAY;

    /** The first year whose holidays are known: the present rule for Queen's Day dates from 1980. */
    public static final int FIRST_YEAR = 1980;

    /** The first year of King's Day; Queen's Day before it. */
    private static final int FIRST_KINGS_DAY_YEAR = 2014;

    /**
     * Returns the date of this holiday in a year.
     *
     * @param year the year, from {@value #FIRST_YEAR}
     * @return the date, in that year
     * @throws DateTimeException if the year is before {@value #FIRST_YEAR} or beyond {@link LocalDate#MAX}
     */
    public LocalDate dateIn(int year) {
        requireKnownYear(year);
        return switch (this) {
            case NEW_YEARS_DAY -> LocalDate.of(year, Month.JANUARY, 1);
            case GOOD_FRIDAY -> easterSunday(year).minusDays(2);
            case EASTER_SUNDAY -> easterSunday(year);
            case EASTER_MONDAY -> easterSunday(year).plusDays(1);
            case KINGS_DAY -> year >= FIRST_KINGS_DAY_YEAR ? notOnSunday(LocalDate.of(year, Month.APRIL, 27))
                    : notOnSunday(LocalDate.of(year, Month.APRIL, 30));
            case LIBERATION_DAY -> LocalDate.of(year, Month.MAY, 5);
            case ASCENSION_DAY -> easterSunday(year).plusDays(39);
            case WHIT_SUNDAY -> easterSunday(year).plusDays(49);
            case WHIT_MONDAY -> easterSunday(year).plusDays(50);
            case CHRISTMAS_DAY -> LocalDate.of(year, Month.DECEMBER, 25);
            case BOXING_DAY -> LocalDate.of(year, Month.DECEMBER, 26);
        };
    }

    /**
     * Returns the stable, lowercase code of this constant, as used on the wire.
     *
     * @return the code, such as {@code kings-day}
     */
    @Override
    public String code() {
        return Codes.code(this);
    }

    /**
     * Returns the Dutch or English name of this holiday. {@link #KINGS_DAY} is named King's Day
     * (<i>Koningsdag</i>) in every year.
     *
     * @param locale the reader's locale, not null
     * @return the name, such as {@code Tweede Pinksterdag} or {@code Whit Monday}
     */
    @Override
    public String text(Locale locale) {
        return Messages.text("DutchHoliday." + name(), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the lowercase code, such as {@code kings-day}, not null
     * @return the constant
     * @throws IllegalArgumentException if no constant has this code
     */
    public static DutchHoliday fromCode(String code) {
        return Codes.fromCode(DutchHoliday.class, code);
    }

    /**
     * Fails unless the holidays of a year are known.
     *
     * @param year the year
     * @throws DateTimeException if the year is before {@link #FIRST_YEAR}
     */
    static void requireKnownYear(int year) {
        if (year < FIRST_YEAR) {
            throw new DateTimeException("Dutch holidays are known from " + FIRST_YEAR + " on");
        }
    }

    /** King's Day and Queen's Day move to the Saturday before when they fall on a Sunday. */
    private static LocalDate notOnSunday(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.minusDays(1) : date;
    }

    /** Easter Sunday in the Gregorian calendar: the anonymous algorithm (Meeus, Jones and Butcher). */
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int n = h + l - 7 * m + 114;
        return LocalDate.of(year, n / 31, n % 31 + 1);
    }
}
