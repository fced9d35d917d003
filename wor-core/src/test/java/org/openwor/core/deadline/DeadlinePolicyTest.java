package org.openwor.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openwor.core.testing.CaseArbitraries;
import org.openwor.core.testing.Pathways;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;
import org.openwor.core.workflow.CaseWorkflow;
import org.openwor.core.workflow.OtherTrackKind;
import org.openwor.core.workflow.TrackTiming;

/** {@link DeadlinePolicy}: due dates, statuses, the clock stop and the worklist. */
class DeadlinePolicyTest {

    private static final LocalDate REFERRAL = Pathways.REFERRAL;
    private final DeadlinePolicy policy = DeadlinePolicy.defaults();

    private static Case replay(List<CaseEvent> events) {
        return CaseWorkflow.defaults().replay(events).get();
    }

    private Deadline deadline(Case c, DeadlineKind kind, LocalDate today) {
        return policy.deadline(c, kind, today).orElseThrow();
    }

    @Test
    void theDefaultsFollowTheSeeds() {
        assertThat(policy.firstContact()).isEqualTo(Term.ofWeeks(2, DayCounting.CALENDAR_DAYS));
        assertThat(policy.evaluation()).isEqualTo(Term.ofMonths(6, DayCounting.CALENDAR_DAYS));
        assertThat(policy.evaluationAnchor()).isEqualTo(EvaluationAnchor.INTAKE);
        assertThat(policy.feedback()).isEqualTo(Term.ofDays(14, DayCounting.CALENDAR_DAYS));
        assertThat(policy.clockStopWhileOnHold()).isTrue();
    }

    @Test
    void theWholePathwayMeetsFirstContactAndFeedbackButEvaluatesLate() {
        Case c = replay(Pathways.complete());
        LocalDate today = REFERRAL.plusDays(400);
        List<Deadline> deadlines = policy.deadlines(c, today);
        assertThat(deadlines).extracting(Deadline::kind).containsExactly(DeadlineKind.FIRST_CONTACT,
                DeadlineKind.EVALUATION, DeadlineKind.FEEDBACK);
        assertThat(deadlines.get(0)).isEqualTo(Deadline.of(DeadlineKind.FIRST_CONTACT,
                Optional.of(LocalDate.of(2026, 3, 24)), DeadlineStatus.MET, Optional.of(REFERRAL.plusDays(6))));
        // Intake on 22 March 2026 + 6 months = 22 September; evaluated on 26 September.
        assertThat(deadlines.get(1).dueDate()).contains(LocalDate.of(2026, 9, 22));
        assertThat(deadlines.get(1).status()).isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(deadlines.get(2).dueDate()).contains(LocalDate.of(2026, 10, 10));
        assertThat(deadlines.get(2).status()).isEqualTo(DeadlineStatus.MET);
    }

    @Test
    void anUnansweredReferralIsPendingThenOverdue() {
        Case c = replay(Pathways.complete().subList(0, 1));
        assertThat(deadline(c, DeadlineKind.FIRST_CONTACT, LocalDate.of(2026, 3, 24)).status())
                .isEqualTo(DeadlineStatus.PENDING);
        assertThat(deadline(c, DeadlineKind.FIRST_CONTACT, LocalDate.of(2026, 3, 25)).status())
                .isEqualTo(DeadlineStatus.OVERDUE);
        Deadline evaluation = deadline(c, DeadlineKind.EVALUATION, LocalDate.of(2026, 3, 25));
        assertThat(evaluation.dueDate()).isEmpty();
        assertThat(evaluation.status()).isEqualTo(DeadlineStatus.PENDING);
    }

    @Test
    void workingDaysSkipKoningsdag() {
        DeadlinePolicy workingDays = DeadlinePolicy.builder()
                .firstContact(Term.ofDays(10, DayCounting.WORKING_DAYS)).build();
        Case c = replay(Pathways.referredOn(LocalDate.of(2026, 4, 24)));
        // After Friday 24 April 2026: Monday 27 April is Koningsdag; 5 May 2026 is not a lustrum year.
        assertThat(workingDays.deadline(c, DeadlineKind.FIRST_CONTACT, LocalDate.of(2026, 4, 24)).orElseThrow()
                .dueDate()).contains(LocalDate.of(2026, 5, 11));
    }

    @Test
    void theEvaluationClockStopsWhileAnotherTrackComesFirst() {
        List<CaseEvent> events = new ArrayList<>(Pathways.complete().subList(0, 4));
        events.add(CaseEvent.OtherSupportStarted.of("o1", REFERRAL.plusDays(14), OtherTrackKind.FINANCIAL, TrackTiming.BEFORE));
        events.add(CaseEvent.OtherSupportFinished.of("o2", REFERRAL.plusDays(44), OtherTrackKind.FINANCIAL));
        Case c = replay(events);
        LocalDate today = REFERRAL.plusDays(60);
        // On hold 24 March to 23 April: 30 days. The anchor moves from 22 March to 21 April.
        assertThat(deadline(c, DeadlineKind.EVALUATION, today).dueDate()).contains(LocalDate.of(2026, 10, 21));
        DeadlinePolicy noStop = DeadlinePolicy.builder().clockStopWhileOnHold(false).build();
        assertThat(noStop.deadline(c, DeadlineKind.EVALUATION, today).orElseThrow().dueDate())
                .contains(LocalDate.of(2026, 9, 22));
    }

    @Test
    void theEvaluationAnchorIsConfigurable() {
        Case c = replay(Pathways.complete());
        LocalDate today = REFERRAL.plusDays(30);
        assertThat(DeadlinePolicy.builder().evaluationAnchor(EvaluationAnchor.REFERRAL).build()
                .deadline(c, DeadlineKind.EVALUATION, today).orElseThrow().dueDate()).contains(LocalDate.of(2026, 9, 10));
        assertThat(DeadlinePolicy.builder().evaluationAnchor(EvaluationAnchor.ACTIVITY_START).build()
                .deadline(c, DeadlineKind.EVALUATION, today).orElseThrow().dueDate()).contains(LocalDate.of(2026, 10, 6));
    }

    @Test
    void aCaseThatEndedBeforeTheDueDateHasNothingDue() {
        List<CaseEvent> events = new ArrayList<>(Pathways.complete().subList(0, 1));
        events.add(CaseEvent.ConsentWithdrawn.of("w", REFERRAL.plusDays(3)));
        Case c = replay(events);
        assertThat(deadline(c, DeadlineKind.FIRST_CONTACT, REFERRAL.plusDays(100)).status())
                .isEqualTo(DeadlineStatus.NOT_APPLICABLE);
        assertThat(deadline(c, DeadlineKind.EVALUATION, REFERRAL.plusDays(100)).status())
                .isEqualTo(DeadlineStatus.NOT_APPLICABLE);
        assertThat(policy.worklist(List.of(c), REFERRAL.plusDays(100), 30)).isEmpty();
    }

    @Test
    void theWorklistPutsOverdueFirstThenSoonestDue() {
        Case late = replay(Pathways.referredOn(LocalDate.of(2026, 3, 1), "R-late"));
        Case soon = replay(Pathways.referredOn(LocalDate.of(2026, 3, 10), "R-soon"));
        Case later = replay(Pathways.referredOn(LocalDate.of(2026, 3, 12), "R-later"));
        Case farAway = replay(Pathways.referredOn(LocalDate.of(2026, 3, 20), "R-far"));
        List<WorklistItem> list = policy.worklist(List.of(farAway, later, soon, late), LocalDate.of(2026, 3, 20), 7);
        assertThat(list).extracting(WorklistItem::caseId).containsExactly("R-late", "R-soon", "R-later");
        assertThat(list.get(0).status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(list.get(0).daysLeft()).isEqualTo(-5);
        assertThat(list.get(1).daysLeft()).isEqualTo(4);
        assertThatThrownBy(() -> policy.worklist(List.of(), LocalDate.of(2026, 3, 20), -1))
                .hasMessageContaining("withinDays");
    }

    @Provide
    Arbitrary<Case> cases() {
        return CaseArbitraries.cases();
    }

    @Property(tries = 500)
    void everyStatusAgreesWithItsDates(@ForAll("cases") Case c, @ForAll @IntRange(min = 0, max = 500) int day) {
        LocalDate today = c.referralDate().orElseThrow().plusDays(day);
        for (Deadline d : policy.deadlines(c, today)) {
            switch (d.status()) {
                case MET -> assertThat(d.metOn().orElseThrow()).isBeforeOrEqualTo(d.dueDate().orElseThrow());
                case MET_LATE -> assertThat(d.metOn().orElseThrow()).isAfter(d.dueDate().orElseThrow());
                case OVERDUE -> assertThat(d.dueDate().orElseThrow()).isBefore(today);
                case PENDING -> {
                    // Judged on a date before the case ended, or the case is still open.
                    c.endDate().ifPresent(end -> assertThat(end).isAfter(today));
                    d.dueDate().ifPresent(due -> assertThat(due).isAfterOrEqualTo(today));
                }
                case NOT_APPLICABLE -> assertThat(c.endDate()).isPresent();
            }
        }
    }

    @Property(tries = 300)
    void theWorklistHoldsOnlyOpenCasesDueWithinTheHorizonInOrder(@ForAll("cases") Case a, @ForAll("cases") Case b,
            @ForAll("cases") Case c, @ForAll @IntRange(min = 0, max = 400) int day,
            @ForAll @IntRange(min = 0, max = 30) int within) {
        LocalDate today = LocalDate.of(2024, 1, 1).plusDays(day * 3L);
        List<WorklistItem> list = policy.worklist(List.of(a, b, c), today, within);
        for (int i = 0; i < list.size(); i++) {
            WorklistItem item = list.get(i);
            assertThat(item.status()).isIn(DeadlineStatus.OVERDUE, DeadlineStatus.PENDING);
            assertThat(item.daysLeft()).isEqualTo(ChronoUnit.DAYS.between(today, item.dueDate()));
            assertThat(item.daysLeft()).isLessThanOrEqualTo(within);
            if (i > 0) {
                WorklistItem prev = list.get(i - 1);
                boolean ordered = prev.status() == DeadlineStatus.OVERDUE && item.status() == DeadlineStatus.PENDING
                        || prev.status() == item.status() && !prev.dueDate().isAfter(item.dueDate());
                assertThat(ordered).as("%s before %s", prev, item).isTrue();
            }
        }
        assertThat(list).allSatisfy(item -> assertThat(List.of(a, b, c).stream()
                .filter(x -> x.id().orElse("").equals(item.caseId())).anyMatch(x -> x.state().isOpen())).isTrue());
    }

    @Test
    void theClockStopsWhileOnHoldByDefault() {
        assertThat(DeadlinePolicy.defaults().clockStopWhileOnHold()).isTrue();
        assertThat(DeadlinePolicy.builder().clockStopWhileOnHold(false).build().clockStopWhileOnHold()).isFalse();
    }

    @Test
    void aDeadlineHasADateMetExactlyWhenItIsMet() {
        LocalDate due = LocalDate.of(2026, 3, 16);
        LocalDate met = LocalDate.of(2026, 3, 13);
        assertThat(Deadline.of(DeadlineKind.FIRST_CONTACT, Optional.of(due), DeadlineStatus.MET, Optional.of(met))
                .metOn()).contains(met);
        assertThatThrownBy(() -> Deadline.of(DeadlineKind.FIRST_CONTACT, Optional.of(due), DeadlineStatus.MET,
                Optional.empty())).isInstanceOfSatisfying(org.openwor.core.InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("met-date-with-status"));
        assertThatThrownBy(() -> Deadline.of(DeadlineKind.FIRST_CONTACT, Optional.of(due), DeadlineStatus.PENDING,
                Optional.of(met))).isInstanceOf(org.openwor.core.InvalidValueException.class);
    }
}
