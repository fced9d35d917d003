package org.openwor.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Dutch public holidays of {@link DutchHolidayCalendar}: official dates written out by hand, the
 * options, and a cross-check with Jollyday as an independent oracle for every year from 2000 to 2100.
 */
class DutchHolidayCalendarTest {

    /**
     * The official dates of 2024 to 2030, written out by hand (Rijksoverheid's list of public holidays);
     * the fixed dates 1 January, 5 May, 25 and 26 December are added by the test.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // year, Goede Vrijdag, Eerste Paasdag, Tweede Paasdag, Koningsdag, Hemelvaartsdag, Eerste Pinksterdag, Tweede Pinksterdag
        "2024, 2024-03-29, 2024-03-31, 2024-04-01, 2024-04-27, 2024-05-09, 2024-05-19, 2024-05-20",
        "2025, 2025-04-18, 2025-04-20, 2025-04-21, 2025-04-26, 2025-05-29, 2025-06-08, 2025-06-09",
        "2026, 2026-04-03, 2026-04-05, 2026-04-06, 2026-04-27, 2026-05-14, 2026-05-24, 2026-05-25",
        "2027, 2027-03-26, 2027-03-28, 2027-03-29, 2027-04-27, 2027-05-06, 2027-05-16, 2027-05-17",
        "2028, 2028-04-14, 2028-04-16, 2028-04-17, 2028-04-27, 2028-05-25, 2028-06-04, 2028-06-05",
        "2029, 2029-03-30, 2029-04-01, 2029-04-02, 2029-04-27, 2029-05-10, 2029-05-20, 2029-05-21",
        "2030, 2030-04-19, 2030-04-21, 2030-04-22, 2030-04-27, 2030-05-30, 2030-06-09, 2030-06-10",
    })
    void theHolidaysOf2024To2030AreTheOfficialDates(int year, LocalDate goodFriday, LocalDate easter,
            LocalDate easterMonday, LocalDate kingsDay, LocalDate ascension, LocalDate whitSunday,
            LocalDate whitMonday) {
        Map<LocalDate, DutchHoliday> expected = new TreeMap<>(Map.ofEntries(
                Map.entry(LocalDate.of(year, 1, 1), DutchHoliday.NEW_YEARS_DAY),
                Map.entry(goodFriday, DutchHoliday.GOOD_FRIDAY),
                Map.entry(easter, DutchHoliday.EASTER_SUNDAY),
                Map.entry(easterMonday, DutchHoliday.EASTER_MONDAY),
                Map.entry(kingsDay, DutchHoliday.KINGS_DAY),
                Map.entry(LocalDate.of(year, 5, 5), DutchHoliday.LIBERATION_DAY),
                Map.entry(ascension, DutchHoliday.ASCENSION_DAY),
                Map.entry(whitSunday, DutchHoliday.WHIT_SUNDAY),
                Map.entry(whitMonday, DutchHoliday.WHIT_MONDAY),
                Map.entry(LocalDate.of(year, 12, 25), DutchHoliday.CHRISTMAS_DAY),
                Map.entry(LocalDate.of(year, 12, 26), DutchHoliday.BOXING_DAY)));

        assertThat(DutchHolidayCalendar.algemeneTermijnenwet().holidaysIn(year))
                .containsExactlyEntriesOf(expected);
        expected.forEach((date, holiday) -> assertThat(holiday.dateIn(year)).isEqualTo(date));
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void kingsDayMovesToSaturdayWhenThe27thIsASunday() {
        DutchHolidayCalendar calendar = DutchHolidayCalendar.standard();
        assertThat(calendar.holiday(LocalDate.of(2025, 4, 26))).contains(DutchHoliday.KINGS_DAY);
        assertThat(calendar.isHoliday(LocalDate.of(2025, 4, 27))).isFalse();
        // The first King's Day, in 2014, was also moved: 27 April 2014 was a Sunday.
        assertThat(DutchHoliday.KINGS_DAY.dateIn(2014)).isEqualTo(LocalDate.of(2014, 4, 26));
        assertThat(DutchHoliday.KINGS_DAY.dateIn(2031)).isEqualTo(LocalDate.of(2031, 4, 26));
    }

    @Test
    void queensDayWasOn30AprilUntil2013AndMovedToSaturdayWhenOnASunday() {
        assertThat(DutchHoliday.KINGS_DAY.dateIn(2013)).isEqualTo(LocalDate.of(2013, 4, 30));
        assertThat(DutchHoliday.KINGS_DAY.dateIn(2001)).isEqualTo(LocalDate.of(2001, 4, 30));
        assertThat(DutchHoliday.KINGS_DAY.dateIn(2000)).isEqualTo(LocalDate.of(2000, 4, 29));
        assertThat(DutchHoliday.KINGS_DAY.dateIn(2006)).isEqualTo(LocalDate.of(2006, 4, 29));
        assertThat(DutchHolidayCalendar.standard().isHoliday(LocalDate.of(2006, 4, 30))).isFalse();
        assertThat(DutchHolidayCalendar.standard().isHoliday(LocalDate.of(2013, 4, 27))).isFalse();
    }

    @Test
    void theStandardCalendarHasLiberationDayInLustrumYearsOnly() {
        DutchHolidayCalendar standard = DutchHolidayCalendar.standard();
        assertThat(standard.liberationDay()).isEqualTo(LiberationDayRule.EVERY_FIVE_YEARS);
        assertThat(standard.holiday(LocalDate.of(2025, 5, 5))).contains(DutchHoliday.LIBERATION_DAY);
        assertThat(standard.isWorkingDay(LocalDate.of(2025, 5, 5))).isFalse();
        assertThat(standard.holiday(LocalDate.of(2030, 5, 5))).contains(DutchHoliday.LIBERATION_DAY);
        assertThat(standard.isHoliday(LocalDate.of(2026, 5, 5))).isFalse();
        assertThat(standard.isWorkingDay(LocalDate.of(2026, 5, 5))).isTrue();
        assertThat(standard.holidaysIn(2026)).doesNotContainValue(DutchHoliday.LIBERATION_DAY).hasSize(9);
    }

    @Test
    void theAlgemeneTermijnenwetHasLiberationDayEveryYearAndGoodFriday() {
        DutchHolidayCalendar act = DutchHolidayCalendar.algemeneTermijnenwet();
        assertThat(act.liberationDay()).isEqualTo(LiberationDayRule.EVERY_YEAR);
        assertThat(act.goodFridayOff()).isTrue();
        assertThat(act.holiday(LocalDate.of(2026, 5, 5))).contains(DutchHoliday.LIBERATION_DAY);
        assertThat(act.holiday(LocalDate.of(2026, 4, 3))).contains(DutchHoliday.GOOD_FRIDAY);
        assertThat(act.holidaysIn(2026)).hasSize(11);
    }

    @Test
    void goodFridayIsAWorkingDayUnlessChosen() {
        LocalDate goodFriday = LocalDate.of(2026, 4, 3);
        assertThat(DutchHolidayCalendar.standard().isWorkingDay(goodFriday)).isTrue();
        assertThat(DutchHolidayCalendar.builder().goodFridayOff(true).build().isWorkingDay(goodFriday)).isFalse();
    }

    @Test
    void liberationDayCanBeNeverAHoliday() {
        DutchHolidayCalendar never = DutchHolidayCalendar.builder().liberationDay(LiberationDayRule.NEVER).build();
        assertThat(never.isHoliday(LocalDate.of(2025, 5, 5))).isFalse();
        assertThat(never.holidaysIn(2030)).doesNotContainValue(DutchHoliday.LIBERATION_DAY);
    }

    @Test
    void aDateWithTwoHolidaysIsReportedAsTheOneDeclaredFirst() {
        // Ascension Day fell on 5 May in 2005 and 2016.
        LocalDate both = LocalDate.of(2016, 5, 5);
        assertThat(DutchHoliday.ASCENSION_DAY.dateIn(2016)).isEqualTo(both);
        assertThat(DutchHolidayCalendar.algemeneTermijnenwet().holiday(both)).contains(DutchHoliday.LIBERATION_DAY);
        assertThat(DutchHolidayCalendar.algemeneTermijnenwet().holidaysIn(2016)).hasSize(10);
        assertThat(DutchHolidayCalendar.standard().holiday(both)).contains(DutchHoliday.ASCENSION_DAY);
        assertThat(DutchHolidayCalendar.standard().holidaysIn(2005))
                .containsEntry(LocalDate.of(2005, 5, 5), DutchHoliday.LIBERATION_DAY).hasSize(9);
    }

    @Test
    void theBuilderStartsFromTheStandardChoices() {
        assertThat(DutchHolidayCalendar.builder().build()).isEqualTo(DutchHolidayCalendar.standard())
                .hasSameHashCodeAs(DutchHolidayCalendar.standard());
        assertThat(DutchHolidayCalendar.builder().liberationDay(LiberationDayRule.EVERY_YEAR).goodFridayOff(true)
                .build()).isEqualTo(DutchHolidayCalendar.algemeneTermijnenwet());
        assertThat(DutchHolidayCalendar.standard()).hasToString(
                "DutchHolidayCalendar{liberationDay=EVERY_FIVE_YEARS, goodFridayOff=false}");
    }

    @Test
    void holidaysAreKnownFrom1980() {
        assertThat(DutchHolidayCalendar.standard().holidaysIn(DutchHoliday.FIRST_YEAR)).isNotEmpty();
        assertThatThrownBy(() -> DutchHolidayCalendar.standard().isHoliday(LocalDate.of(1979, 12, 31)))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("1980");
        assertThatThrownBy(() -> DutchHolidayCalendar.standard().holidaysIn(1979))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> DutchHoliday.EASTER_SUNDAY.dateIn(1979)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void theHolidaysOfAYearCannotBeChanged() {
        assertThatThrownBy(() -> DutchHolidayCalendar.standard().holidaysIn(2026)
                .put(LocalDate.of(2026, 11, 11), DutchHoliday.KINGS_DAY))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // ---------------------------------------------------------------------------------------------------
    // Jollyday (de.focus-shift:jollyday-core, NL configuration Holidays_nl.xml) as an independent oracle.
    //
    // For the Netherlands, Jollyday lists as PUBLIC_HOLIDAY: Nieuwjaarsdag (NEW_YEAR), Eerste and Tweede
    // Paasdag (christian.EASTER, christian.EASTER_MONDAY), Koningsdag from 2014 on 27 April or the Saturday
    // before (KINGS_DAY), Koninginnedag 1980-2013 on 30 April or the Saturday before (QUEENS_BIRTHDAY),
    // Bevrijdingsdag every year from 1990 (LIBERATION), Hemelvaartsdag (christian.ASCENSION_DAY), Eerste and
    // Tweede Pinksterdag (christian.PENTECOST, christian.PENTECOST_MONDAY), Eerste and Tweede Kerstdag
    // (FIRST_CHRISTMAS_DAY, SECOND_CHRISTMAS_DAY); and Goede Vrijdag (christian.GOOD_FRIDAY) as an
    // OBSERVANCE, not a public holiday. Holiday.getDate() is the date on which a moved holiday is celebrated.
    //
    // So: every Jollyday holiday is our algemeneTermijnenwet() calendar (Bevrijdingsdag every year, Goede
    // Vrijdag counted); Jollyday's public holidays are ours with Bevrijdingsdag every year and Goede Vrijdag
    // not off; and standard() is Jollyday's public holidays without Bevrijdingsdag outside lustrum years.
    // ---------------------------------------------------------------------------------------------------

    private static final Map<String, DutchHoliday> JOLLYDAY_KEYS = Map.ofEntries(
            Map.entry("NEW_YEAR", DutchHoliday.NEW_YEARS_DAY),
            Map.entry("christian.GOOD_FRIDAY", DutchHoliday.GOOD_FRIDAY),
            Map.entry("christian.EASTER", DutchHoliday.EASTER_SUNDAY),
            Map.entry("christian.EASTER_MONDAY", DutchHoliday.EASTER_MONDAY),
            Map.entry("KINGS_DAY", DutchHoliday.KINGS_DAY),
            Map.entry("QUEENS_BIRTHDAY", DutchHoliday.KINGS_DAY),
            Map.entry("LIBERATION", DutchHoliday.LIBERATION_DAY),
            Map.entry("christian.ASCENSION_DAY", DutchHoliday.ASCENSION_DAY),
            Map.entry("christian.PENTECOST", DutchHoliday.WHIT_SUNDAY),
            Map.entry("christian.PENTECOST_MONDAY", DutchHoliday.WHIT_MONDAY),
            Map.entry("FIRST_CHRISTMAS_DAY", DutchHoliday.CHRISTMAS_DAY),
            Map.entry("SECOND_CHRISTMAS_DAY", DutchHoliday.BOXING_DAY));

    private static final HolidayManager JOLLYDAY = HolidayManager.getInstance(
            ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.NETHERLANDS));

    static IntStream years2000To2100() {
        return IntStream.rangeClosed(2000, 2100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years2000To2100")
    void everyCalendarAgreesWithJollyday(int year) {
        Set<Holiday> all = JOLLYDAY.getHolidays(Year.of(year));
        Set<Holiday> publicHolidays = JOLLYDAY.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY);
        assertThat(all).extracting(Holiday::getPropertiesKey).isSubsetOf(JOLLYDAY_KEYS.keySet());
        assertThat(all).filteredOn(holiday -> holiday.getType() != HolidayType.PUBLIC_HOLIDAY)
                .extracting(Holiday::getPropertiesKey).containsExactly("christian.GOOD_FRIDAY");

        assertAgrees(DutchHolidayCalendar.algemeneTermijnenwet(), year, all);
        assertAgrees(DutchHolidayCalendar.builder().liberationDay(LiberationDayRule.EVERY_YEAR).build(), year,
                publicHolidays);
        assertAgrees(DutchHolidayCalendar.standard(), year, publicHolidays.stream()
                .filter(holiday -> year % 5 == 0 || !holiday.getPropertiesKey().equals("LIBERATION"))
                .collect(Collectors.toSet()));
    }

    /** Same dates, and on each date our holiday is one of Jollyday's holidays there. */
    private static void assertAgrees(DutchHolidayCalendar calendar, int year, Set<Holiday> jollyday) {
        Map<LocalDate, Set<DutchHoliday>> expected = jollyday.stream().collect(Collectors.groupingBy(
                Holiday::getDate, TreeMap::new,
                Collectors.mapping(holiday -> JOLLYDAY_KEYS.get(holiday.getPropertiesKey()), Collectors.toSet())));
        Map<LocalDate, DutchHoliday> actual = calendar.holidaysIn(year);
        assertThat(actual.keySet()).as("%s in %d", calendar, year).containsExactlyElementsOf(expected.keySet());
        actual.forEach((date, holiday) -> {
            assertThat(expected.get(date)).as("%s on %s", calendar, date).contains(holiday);
            assertThat(calendar.holiday(date)).as("%s on %s", calendar, date).contains(holiday);
        });
    }

    /** Easter in later centuries, where the century terms of the algorithm change (python-dateutil's dates). */
    @Test
    void easterIsRightInLaterCenturiesToo() {
        assertThat(DutchHoliday.EASTER_SUNDAY.dateIn(2100)).isEqualTo(LocalDate.of(2100, 3, 28));
        assertThat(DutchHoliday.EASTER_SUNDAY.dateIn(2200)).isEqualTo(LocalDate.of(2200, 4, 6));
        assertThat(DutchHoliday.EASTER_SUNDAY.dateIn(2300)).isEqualTo(LocalDate.of(2300, 4, 8));
        assertThat(DutchHoliday.EASTER_SUNDAY.dateIn(2400)).isEqualTo(LocalDate.of(2400, 4, 16));
        assertThat(DutchHoliday.GOOD_FRIDAY.dateIn(2500)).isEqualTo(LocalDate.of(2500, 4, 16));
    }
}
