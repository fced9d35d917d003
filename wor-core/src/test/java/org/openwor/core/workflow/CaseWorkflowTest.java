package org.openwor.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openwor.core.testing.Pathways;
import org.openwor.core.testing.ReferralExamples;

/** Examples of the case workflow along the pathway of seeds 003 and 004. */
class CaseWorkflowTest {

    static final LocalDate REFERRAL = Pathways.REFERRAL;
    private final CaseWorkflow workflow = CaseWorkflow.defaults();

    static CaseEvent.ReferralReceived received() {
        return Pathways.received();
    }

    static List<CaseEvent> pathway() {
        return Pathways.complete();
    }

    private Case replay(List<CaseEvent> events) {
        return workflow.replay(events).getOrElseThrow(r -> new AssertionError(r.message(Locale.ENGLISH)));
    }

    private Rejection rejection(Case c, CaseEvent event) {
        Either<Rejection, Case> result = workflow.apply(c, event);
        assertThat(result.isLeft()).as("expected a rejection").isTrue();
        return result.getLeft();
    }

    @Test
    void theWholePathwayEndsCompletedWithEveryFactDerived() {
        Case c = replay(pathway());
        assertThat(c.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(c.fhirStatus()).isEqualTo(FhirTaskStatus.COMPLETED);
        assertThat(c.id()).contains("R-2026-0001");
        assertThat(c.version()).isEqualTo(10);
        assertThat(c.contactAttempts()).isEqualTo(2);
        assertThat(c.firstContactAttemptDate()).contains(REFERRAL.plusDays(3));
        assertThat(c.firstContactDate()).contains(REFERRAL.plusDays(6));
        assertThat(c.intakeDate()).contains(REFERRAL.plusDays(12));
        assertThat(c.activityStartDate()).contains(REFERRAL.plusDays(27));
        assertThat(c.accompanied()).isTrue();
        assertThat(c.evaluation().map(CaseEvent.EvaluationHeld::continuedParticipation)).contains(true);
        assertThat(c.feedbackDate()).contains(REFERRAL.plusDays(205));
        assertThat(c.endDate()).contains(REFERRAL.plusDays(206));
        assertThat(c.toString()).isEqualTo("Case{id=R-2026-0001, state=completed, events=10}");
    }

    @Test
    void theReceivedReferralCarriesNoPersonalData() {
        CaseEvent.ReferralReceived r = received();
        String text = r.toString();
        assertThat(text).doesNotContain(ReferralExamples.PHONE, ReferralExamples.EMAIL,
                ReferralExamples.BIRTH_DATE.toString());
        assertThat(r.frequentAttender()).isTrue();
        assertThat(r.baselineScores()).isPresent();
    }

    @Test
    void theSameEventTwiceIsAppliedOnce() {
        Case c = replay(pathway().subList(0, 3));
        Either<Rejection, Case> again = workflow.apply(c, pathway().get(2));
        assertThat(again.get()).isSameAs(c);
    }

    @Test
    void aDifferentEventUnderAUsedIdIsRefused() {
        Case c = replay(pathway().subList(0, 3));
        Rejection r = rejection(c, CaseEvent.ContactAttempted.of("e2", REFERRAL.plusDays(7), false));
        assertThat(r.reason()).isEqualTo(RejectionReason.CONFLICTING_EVENT_ID);
    }

    @Test
    void eventsComeInDateOrderAndNeverBeforeTheReferral() {
        Case c = replay(pathway().subList(0, 3));
        assertThat(rejection(c, CaseEvent.IntakeHeld.builder().id("x").date(REFERRAL.plusDays(5)).wishesAndNeeds("")
                .build()).reason()).isEqualTo(RejectionReason.OUT_OF_ORDER);
        Case justReceived = replay(pathway().subList(0, 1));
        assertThat(rejection(justReceived, CaseEvent.ContactAttempted.of("x", REFERRAL.minusDays(1), true)).reason())
                .isEqualTo(RejectionReason.BEFORE_REFERRAL);
        // After the referral date but before the last event: out of order, not before the referral.
        assertThat(rejection(justReceived, CaseEvent.ContactAttempted.of("x", REFERRAL, true)).reason())
                .isEqualTo(RejectionReason.OUT_OF_ORDER);
        assertThat(replay(List.of(pathway().get(0), CaseEvent.ContactAttempted.of("x", REFERRAL.plusDays(1), true)))
                .state()).isEqualTo(CaseState.CONTACTED);
    }

    @Test
    void aRefusedEventSaysWhatWasExpectedAndLeavesTheCaseUnchanged() {
        Case c = replay(pathway().subList(0, 1));
        Case before = c;
        Rejection r = rejection(c, CaseEvent.EvaluationHeld.builder().id("x").date(REFERRAL.plusDays(10))
                .continuedParticipation(false).verdict(ClientVerdict.UNCHANGED).build());
        assertThat(c).isEqualTo(before);
        assertThat(r.reason()).isEqualTo(RejectionReason.NOT_ALLOWED_IN_STATE);
        assertThat(r.state()).isEqualTo(CaseState.REFERRED);
        assertThat(r.expected()).containsExactlyInAnyOrder(EventType.CONTACT_ATTEMPTED, EventType.CASE_CLOSED,
                EventType.CONSENT_WITHDRAWN);
        assertThat(r.message(Locale.ENGLISH)).isEqualTo("Refused evaluation held (event x) in state \"Referred, "
                + "awaiting first contact\": this event is not possible in this state. Expected one of: contact "
                + "attempted, case closed, consent withdrawn.");
        assertThat(r.message(Locale.forLanguageTag("nl"))).startsWith("Geweigerd: evaluatiegesprek gehouden");
    }

    @Test
    void afterClosureOrWithdrawnConsentNoEventIsAccepted() {
        Case closed = replay(pathway());
        assertThat(rejection(closed, CaseEvent.FeedbackSent.of("x", REFERRAL.plusDays(300))).reason())
                .isEqualTo(RejectionReason.CASE_ENDED);
        List<CaseEvent> withdrawn = new ArrayList<>(pathway().subList(0, 4));
        withdrawn.add(CaseEvent.ConsentWithdrawn.of("w", REFERRAL.plusDays(15)));
        Case c = replay(withdrawn);
        assertThat(c.state()).isEqualTo(CaseState.CONSENT_WITHDRAWN);
        assertThat(c.fhirStatus()).isEqualTo(FhirTaskStatus.CANCELLED);
        Rejection r = rejection(c, CaseEvent.ActivityMatched.of("y", REFERRAL.plusDays(16), "a", ActivityCategory.OTHER));
        assertThat(r.reason()).isEqualTo(RejectionReason.CASE_ENDED);
        assertThat(r.expected()).isEmpty();
    }

    @Test
    void closingAsCompletedNeedsEvaluationAndFeedbackUnlessThePolicySaysOtherwise() {
        List<CaseEvent> early = new ArrayList<>(pathway().subList(0, 7));
        Case c = replay(early);
        CaseEvent close = CaseEvent.CaseClosed.of("c", REFERRAL.plusDays(100), ClosureReason.COMPLETED, false);
        assertThat(rejection(c, close).reason()).isEqualTo(RejectionReason.COMPLETION_NEEDS_EVALUATION_AND_FEEDBACK);
        CaseWorkflow lenient = CaseWorkflow.of(WorkflowPolicy.builder().completionRequiresEvaluationAndFeedback(false)
                .build());
        assertThat(lenient.apply(c, close).get().state()).isEqualTo(CaseState.COMPLETED);
        assertThat(workflow.apply(c, CaseEvent.CaseClosed.of("c", REFERRAL.plusDays(100), ClosureReason.DROPPED_OUT,
                true)).get().closure().map(CaseEvent.CaseClosed::referrerInformed)).contains(true);
    }

    @Test
    void afterADropoutANewActivityMayBeMatched() {
        List<CaseEvent> events = new ArrayList<>(pathway().subList(0, 7));
        events.add(CaseEvent.ParticipationStopped.of("s", REFERRAL.plusDays(40), StopReason.NO_CLICK));
        events.add(CaseEvent.ActivityMatched.of("m2", REFERRAL.plusDays(45), "buurtrestaurant",
                ActivityCategory.NEIGHBOURHOOD_RESTAURANT));
        events.add(CaseEvent.ParticipationStarted.of("p2", REFERRAL.plusDays(50)));
        Case c = replay(events);
        assertThat(c.state()).isEqualTo(CaseState.PARTICIPATING);
        assertThat(c.activities()).hasSize(2);
        assertThat(c.activityStartDate()).contains(REFERRAL.plusDays(27));
    }

    @Test
    void accompanimentIsOptional() {
        List<CaseEvent> events = new ArrayList<>(pathway());
        events.remove(5);
        Case c = replay(events);
        assertThat(c.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(c.accompanied()).isFalse();
    }

    @Test
    void aTrackThatMustComeFirstPutsTheCaseOnHoldAndTheDaysAreCounted() {
        List<CaseEvent> events = new ArrayList<>(pathway().subList(0, 4));
        events.add(CaseEvent.OtherSupportStarted.of("o1", REFERRAL.plusDays(14), OtherTrackKind.FINANCIAL, TrackTiming.BEFORE));
        events.add(CaseEvent.OtherSupportStarted.of("o2", REFERRAL.plusDays(15), OtherTrackKind.HOUSING, TrackTiming.ALONGSIDE));
        Case onHold = replay(events);
        assertThat(onHold.state()).isEqualTo(CaseState.ON_HOLD);
        assertThat(onHold.fhirStatus()).isEqualTo(FhirTaskStatus.ON_HOLD);
        assertThat(onHold.daysOnHold(REFERRAL.plusDays(24))).isEqualTo(10);
        events.add(CaseEvent.OtherSupportFinished.of("o3", REFERRAL.plusDays(44), OtherTrackKind.FINANCIAL));
        Case resumed = replay(events);
        assertThat(resumed.state()).isEqualTo(CaseState.INTAKE_HELD);
        assertThat(resumed.daysOnHold(REFERRAL.plusDays(300))).isEqualTo(30);
        assertThat(resumed.runningTracksAlongside()).containsExactly(OtherTrackKind.HOUSING);
        assertThat(rejection(resumed, CaseEvent.OtherSupportFinished.of("o4", REFERRAL.plusDays(45),
                OtherTrackKind.SAFETY)).reason()).isEqualTo(RejectionReason.NO_SUCH_OTHER_SUPPORT);
    }

    @ParameterizedTest
    @EnumSource(CaseState.class)
    void everyStateMapsToOneFhirTaskStatusAndABusinessStatus(CaseState state) {
        assertThat(state.fhirStatus()).isNotNull();
        assertThat(state.code()).matches("[a-z]+(-[a-z]+)*");
        assertThat(state.text(Locale.ENGLISH)).isNotBlank();
        assertThat(state.text(Locale.forLanguageTag("nl"))).isNotBlank();
        assertThat(CaseWorkflow.allowedEvents(state).isEmpty()).isEqualTo(state.isTerminal());
    }

    @Test
    void theFhirCodesAreTheTwelveOfTheValueSet() {
        assertThat(EnumSet.allOf(FhirTaskStatus.class)).extracting(FhirTaskStatus::code).containsExactly("draft",
                "requested", "received", "accepted", "rejected", "ready", "cancelled", "in-progress", "on-hold",
                "failed", "completed", "entered-in-error");
    }

    @Test
    void everyClosureReasonEndsInATerminalState() {
        for (ClosureReason reason : ClosureReason.values()) {
            assertThat(reason.terminalState().isTerminal()).isTrue();
            assertThat(CaseWorkflow.targets(CaseState.PARTICIPATING, EventType.CASE_CLOSED))
                    .contains(reason.terminalState());
        }
        assertThat(Map.of(ClosureReason.COMPLETED, CaseState.COMPLETED, ClosureReason.UNREACHABLE, CaseState.FAILED,
                ClosureReason.NOT_SUITABLE_AFTER_INTAKE, CaseState.REJECTED)).allSatisfy(
                        (reason, state) -> assertThat(reason.terminalState()).isEqualTo(state));
    }
}
