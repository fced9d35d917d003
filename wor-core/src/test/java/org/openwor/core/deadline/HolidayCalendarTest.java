package org.openwor.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openwor.core.testing.WorArbitraries;

/** The default methods of {@link HolidayCalendar}, the calendar of weekends only and a vendor's own calendar. */
class HolidayCalendarTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 13);
    private static final LocalDate SATURDAY = FRIDAY.plusDays(1);
    private static final LocalDate MONDAY = FRIDAY.plusDays(3);

    @Test
    void weekendsOnlyHasNoHolidays() {
        HolidayCalendar calendar = HolidayCalendar.weekendsOnly();
        assertThat(calendar.isHoliday(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(calendar.isWorkingDay(SATURDAY)).isFalse();
        assertThat(calendar.isWorkingDay(SATURDAY.plusDays(1))).isFalse();
        assertThat(calendar).isSameAs(HolidayCalendar.weekendsOnly()).hasToString("HolidayCalendar.weekendsOnly()");
    }

    @Test
    void theNextWorkingDayOfAWorkingDayIsTheDayItself() {
        assertThat(HolidayCalendar.weekendsOnly().nextWorkingDayOnOrAfter(FRIDAY)).isEqualTo(FRIDAY);
        assertThat(HolidayCalendar.weekendsOnly().nextWorkingDayOnOrAfter(SATURDAY)).isEqualTo(MONDAY);
        // Goede Vrijdag, the weekend and Tweede Paasdag 2026 under the Algemene termijnenwet.
        assertThat(DutchHolidayCalendar.algemeneTermijnenwet().nextWorkingDayOnOrAfter(LocalDate.of(2026, 4, 3)))
                .isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void addingWorkingDaysCountsFromTheDayAfter() {
        HolidayCalendar calendar = HolidayCalendar.weekendsOnly();
        assertThat(calendar.plusWorkingDays(FRIDAY, 1)).isEqualTo(MONDAY);
        assertThat(calendar.plusWorkingDays(SATURDAY, 1)).isEqualTo(MONDAY);
        assertThat(calendar.plusWorkingDays(FRIDAY, 5)).isEqualTo(FRIDAY.plusWeeks(1));
        assertThat(calendar.plusWorkingDays(SATURDAY, 0)).isEqualTo(SATURDAY);
    }

    @Test
    void aNegativeNumberOfWorkingDaysIsRejected() {
        assertThatThrownBy(() -> HolidayCalendar.weekendsOnly().plusWorkingDays(FRIDAY, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("n:");
        assertThatThrownBy(() -> HolidayCalendar.weekendsOnly().isWorkingDay(null))
                .isInstanceOf(NullPointerException.class).hasMessage("date");
    }

    @Test
    void aVendorPlugsInItsOwnCalendarAsALambda() {
        LocalDate ownDayOff = LocalDate.of(2026, 11, 11);
        HolidayCalendar vendor = date -> DutchHolidayCalendar.standard().isHoliday(date) || date.equals(ownDayOff);

        assertThat(vendor.isWorkingDay(ownDayOff)).isFalse();
        assertThat(vendor.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(vendor.plusWorkingDays(ownDayOff.minusDays(1), 1)).isEqualTo(ownDayOff.plusDays(1));
        assertThat(Term.ofDays(1, DayCounting.WORKING_DAYS).dueDate(ownDayOff.minusDays(1), vendor))
                .isEqualTo(ownDayOff.plusDays(1));
    }

    @Test
    void aCalendarWithoutWorkingDaysFailsInsteadOfLoopingForever() {
        HolidayCalendar alwaysClosed = date -> true;
        assertThatThrownBy(() -> alwaysClosed.nextWorkingDayOnOrAfter(FRIDAY))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("366");
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return WorArbitraries.referralDates();
    }

    @Provide
    Arbitrary<HolidayCalendar> calendars() {
        return WorArbitraries.holidayCalendars();
    }

    @Property
    void theNextWorkingDayIsTheFirstWorkingDayOnOrAfterTheDate(@ForAll("dates") LocalDate date,
            @ForAll("calendars") HolidayCalendar calendar) {
        LocalDate next = calendar.nextWorkingDayOnOrAfter(date);
        assertThat(next).isAfterOrEqualTo(date);
        assertThat(calendar.isWorkingDay(next)).isTrue();
        assertThat(next.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(date.datesUntil(next)).noneMatch(calendar::isWorkingDay);
    }

    @Property
    void addingWorkingDaysStepByStepGivesTheSameDate(@ForAll("dates") LocalDate date,
            @ForAll("calendars") HolidayCalendar calendar, @ForAll @IntRange(max = 40) int a,
            @ForAll @IntRange(max = 40) int b) {
        assertThat(calendar.plusWorkingDays(calendar.plusWorkingDays(date, a), b))
                .isEqualTo(calendar.plusWorkingDays(date, a + b));
    }

    @Property
    void addingWorkingDaysPassesExactlyThatManyWorkingDays(@ForAll("dates") LocalDate date,
            @ForAll("calendars") HolidayCalendar calendar, @ForAll @IntRange(min = 1, max = 300) int n) {
        LocalDate result = calendar.plusWorkingDays(date, n);
        assertThat(calendar.isWorkingDay(result)).isTrue();
        assertThat(date.plusDays(1).datesUntil(result.plusDays(1)).filter(calendar::isWorkingDay)).hasSize(n);
    }
}
