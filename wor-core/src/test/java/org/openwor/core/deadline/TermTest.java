package org.openwor.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openwor.core.InvalidValueException;
import org.openwor.core.testing.WorArbitraries;

/** Due dates of a {@link Term}, as properties checked against oracles written here and as examples. */
class TermTest {

    private static final DutchHolidayCalendar STANDARD = DutchHolidayCalendar.standard();
    private static final DutchHolidayCalendar ACT = DutchHolidayCalendar.algemeneTermijnenwet();

    @Provide
    Arbitrary<LocalDate> anchors() {
        return WorArbitraries.referralDates();
    }

    @Provide
    Arbitrary<HolidayCalendar> calendars() {
        return WorArbitraries.holidayCalendars();
    }

    @Provide
    Arbitrary<HolidayCalendar> dutchCalendars() {
        return Arbitraries.of(STANDARD, ACT);
    }

    @Provide
    Arbitrary<Term> terms() {
        return WorArbitraries.terms();
    }

    @Provide
    Arbitrary<Term> workingDayTerms() {
        return WorArbitraries.terms(DayCounting.WORKING_DAYS);
    }

    @Provide
    Arbitrary<Term> calendarDayTerms() {
        return WorArbitraries.terms(DayCounting.CALENDAR_DAYS);
    }

    @Provide
    Arbitrary<Term> actTerms() {
        return WorArbitraries.terms(DayCounting.ALGEMENE_TERMIJNENWET);
    }

    // Properties -----------------------------------------------------------------------------------------

    @Property
    void aWorkingDayDueDateIsAWorkingDayNeverBeforeTheAnchor(@ForAll("anchors") LocalDate anchor,
            @ForAll("workingDayTerms") Term term, @ForAll("calendars") HolidayCalendar calendar) {
        LocalDate due = term.dueDate(anchor, calendar);
        assertThat(calendar.isWorkingDay(due)).isTrue();
        assertThat(due).isAfterOrEqualTo(anchor);
        if (term.amount() > 0) {
            assertThat(due).isAfter(anchor);
        }
    }

    @Property
    void aWorkingDayTermOfDaysOrWeeksPassesExactlyThatManyWorkingDays(@ForAll("anchors") LocalDate anchor,
            @ForAll("workingDayTerms") Term term, @ForAll("calendars") HolidayCalendar calendar) {
        net.jqwik.api.Assume.that(term.unit() != TermUnit.MONTHS && term.amount() > 0);
        int workingDays = term.unit() == TermUnit.WEEKS ? 5 * term.amount() : term.amount();
        LocalDate due = term.dueDate(anchor, calendar);
        assertThat(anchor.plusDays(1).datesUntil(due.plusDays(1)).filter(calendar::isWorkingDay))
                .hasSize(workingDays);
    }

    @Property
    void aLongerTermIsNeverDueEarlier(@ForAll("anchors") LocalDate anchor, @ForAll("terms") Term term,
            @ForAll @IntRange(max = 40) int more, @ForAll("calendars") HolidayCalendar calendar) {
        Term longer = Term.of(Math.min(term.amount() + more, 1000), term.unit(), term.counting());
        assertThat(longer.dueDate(anchor, calendar)).isAfterOrEqualTo(term.dueDate(anchor, calendar));
    }

    @Property
    void aCalendarDayDueDateIsExactlyTheAnchorPlusThePeriod(@ForAll("anchors") LocalDate anchor,
            @ForAll("calendarDayTerms") Term term, @ForAll("calendars") HolidayCalendar calendar) {
        assertThat(term.dueDate(anchor, calendar)).isEqualTo(anchorPlusPeriod(anchor, term));
    }

    @Property
    void anAlgemeneTermijnenwetDueDateIsTheCalendarDateOrTheNextWorkingDay(@ForAll("anchors") LocalDate anchor,
            @ForAll("actTerms") Term term, @ForAll("dutchCalendars") HolidayCalendar calendar) {
        LocalDate calendarDate = anchorPlusPeriod(anchor, term);
        LocalDate due = term.dueDate(anchor, calendar);
        if (calendar.isWorkingDay(calendarDate)) {
            assertThat(due).isEqualTo(calendarDate);
        } else {
            assertThat(due).isAfter(calendarDate);
            assertThat(calendar.isWorkingDay(due)).isTrue();
            assertThat(calendarDate.datesUntil(due)).noneMatch(calendar::isWorkingDay);
        }
        assertThat(ChronoUnit.DAYS.between(calendarDate, due)).isBetween(0L, 5L);
    }

    /** The oracle for calendar periods: days by epoch day, months by month count and the length of the month. */
    private static LocalDate anchorPlusPeriod(LocalDate anchor, Term term) {
        return switch (term.unit()) {
            case DAYS -> LocalDate.ofEpochDay(anchor.toEpochDay() + term.amount());
            case WEEKS -> LocalDate.ofEpochDay(anchor.toEpochDay() + 7L * term.amount());
            case MONTHS -> {
                int months = anchor.getYear() * 12 + anchor.getMonthValue() - 1 + term.amount();
                YearMonth month = YearMonth.of(months / 12, months % 12 + 1);
                yield month.atDay(Math.min(anchor.getDayOfMonth(), month.lengthOfMonth()));
            }
        };
    }

    // Examples -------------------------------------------------------------------------------------------

    @Test
    void tenWorkingDaysFromMonday20April2026SkipKingsDay() {
        LocalDate monday = LocalDate.of(2026, 4, 20);
        Term tenWorkingDays = Term.ofDays(10, DayCounting.WORKING_DAYS);
        // Koningsdag, Monday 27 April, is skipped; Bevrijdingsdag 2026 is not a lustrum year: a working day.
        assertThat(tenWorkingDays.dueDate(monday, STANDARD)).isEqualTo(LocalDate.of(2026, 5, 5));
        // The Algemene termijnenwet counts Bevrijdingsdag every year.
        assertThat(tenWorkingDays.dueDate(monday, ACT)).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(tenWorkingDays.dueDate(monday, HolidayCalendar.weekendsOnly())).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void theCoachContactsTheClientWithinTwoWeeksAcrossChristmas() {
        // Seed 004: "Binnen 2 weken neemt de welzijnscoach contact op", referral on Thursday 18 December 2025.
        LocalDate referral = LocalDate.of(2025, 12, 18);
        assertThat(Term.ofWeeks(2, DayCounting.WORKING_DAYS).dueDate(referral, STANDARD))
                .isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(Term.ofWeeks(2, DayCounting.CALENDAR_DAYS).dueDate(referral, STANDARD))
                .isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Term.ofWeeks(2, DayCounting.ALGEMENE_TERMIJNENWET).dueDate(referral, STANDARD))
                .isEqualTo(LocalDate.of(2026, 1, 2));
    }

    @Test
    void aDueDateOnGoodFridayMovesOnlyWhenTheCalendarCountsIt() {
        Term fourDays = Term.ofDays(4, DayCounting.ALGEMENE_TERMIJNENWET);
        LocalDate monday = LocalDate.of(2026, 3, 30);
        // Goede Vrijdag 3 April, the weekend and Tweede Paasdag 6 April are skipped.
        assertThat(fourDays.dueDate(monday, ACT)).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(fourDays.dueDate(monday, STANDARD)).isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @Test
    void aTermOfMonthsEndsOnTheSameDayOfTheMonthOrTheLastDay() {
        LocalDate endOfJanuary = LocalDate.of(2026, 1, 31);
        assertThat(Term.ofMonths(1, DayCounting.CALENDAR_DAYS).dueDate(endOfJanuary, STANDARD))
                .isEqualTo(LocalDate.of(2026, 2, 28));
        // Saturday 28 February 2026 moves to Monday 2 March.
        assertThat(Term.ofMonths(1, DayCounting.WORKING_DAYS).dueDate(endOfJanuary, STANDARD))
                .isEqualTo(LocalDate.of(2026, 3, 2));
        // Seed 003: the evaluation after six months.
        assertThat(Term.ofMonths(6, DayCounting.CALENDAR_DAYS).dueDate(LocalDate.of(2026, 3, 10), STANDARD))
                .isEqualTo(LocalDate.of(2026, 9, 10));
    }

    @Test
    void aTermOfZeroIsDueOnTheAnchorOrTheNextWorkingDay() {
        LocalDate saturday = LocalDate.of(2026, 3, 14);
        assertThat(Term.ofDays(0, DayCounting.CALENDAR_DAYS).dueDate(saturday, STANDARD)).isEqualTo(saturday);
        assertThat(Term.ofDays(0, DayCounting.WORKING_DAYS).dueDate(saturday, STANDARD))
                .isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(Term.ofWeeks(0, DayCounting.WORKING_DAYS).dueDate(saturday.minusDays(1), STANDARD))
                .isEqualTo(saturday.minusDays(1));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1001, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void anAmountOutside0To1000IsRejected(int amount) {
        assertThatThrownBy(() -> Term.of(amount, TermUnit.DAYS, DayCounting.CALENDAR_DAYS))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("amount");
                    assertThat(e.rule()).isEqualTo("term-amount-range");
                });
    }

    @Test
    void theBoundsOfTheAmountAreAllowed() {
        assertThat(Term.ofMonths(1000, DayCounting.WORKING_DAYS).amount()).isEqualTo(1000);
        assertThat(Term.ofWeeks(1000, DayCounting.WORKING_DAYS).dueDate(LocalDate.of(2026, 1, 1), STANDARD))
                .isAfter(LocalDate.of(2045, 1, 1));
        assertThat(Term.ofDays(0, DayCounting.CALENDAR_DAYS).amount()).isZero();
    }

    @Test
    void aTermReadsAsItsAmountUnitAndCounting() {
        assertThat(Term.ofWeeks(2, DayCounting.WORKING_DAYS)).hasToString("2 weeks (working days)")
                .isEqualTo(Term.of(2, TermUnit.WEEKS, DayCounting.WORKING_DAYS))
                .hasSameHashCodeAs(Term.of(2, TermUnit.WEEKS, DayCounting.WORKING_DAYS));
        assertThat(Term.ofDays(1, DayCounting.CALENDAR_DAYS)).hasToString("1 day (calendar days)");
        assertThat(Term.ofMonths(6, DayCounting.ALGEMENE_TERMIJNENWET)).hasToString("6 months (algemene termijnenwet)");
    }

    @Test
    void missingArgumentsAreNamed() {
        Term term = Term.ofDays(1, DayCounting.WORKING_DAYS);
        assertThatThrownBy(() -> term.dueDate(null, STANDARD)).isInstanceOf(NullPointerException.class)
                .hasMessage("anchor");
        assertThatThrownBy(() -> term.dueDate(LocalDate.of(2026, 1, 1), null))
                .isInstanceOf(NullPointerException.class).hasMessage("calendar");
        assertThatThrownBy(() -> Term.ofDays(1, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("counting");
    }
}
