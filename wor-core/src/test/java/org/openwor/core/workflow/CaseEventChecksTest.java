package org.openwor.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openwor.core.InvalidValueException;
import org.openwor.core.ReferrerRole;
import org.openwor.core.SocialSignal;
import org.openwor.core.eligibility.FirstContact;
import org.openwor.core.testing.Pathways;

/**
 * The invariants each event checks when it is built: a vendor's bad value is refused with the field and the
 * rule, at the edge of what is allowed and not one character further.
 */
class CaseEventChecksTest {

    private static final LocalDate DAY = Pathways.REFERRAL;

    /** A received referral (builders are strict: each attribute is set once, here). */
    private static CaseEvent.ReferralReceived received(String id, LocalDate date, String referralId) {
        return CaseEvent.ReferralReceived.builder().id(id).date(date).referralId(referralId).referralDate(DAY)
                .referrerRole(ReferrerRole.GP).practiceReference("praktijk-1").addSignals(SocialSignal.LONELINESS_OR_LIMITED_NETWORK)
                .frequentAttender(false).firstContact(FirstContact.COACH_CONTACTS_CLIENT).build();
    }

    /** Every event type, built with a given id. */
    static Stream<Arguments> everyEventType() {
        List<Function<String, CaseEvent>> events = List.of(
                id -> received(id, DAY, "R-1"),
                id -> CaseEvent.ContactAttempted.of(id, DAY, true),
                id -> CaseEvent.IntakeHeld.builder().id(id).date(DAY).wishesAndNeeds("wandelen").build(),
                id -> CaseEvent.OtherSupportStarted.of(id, DAY, OtherTrackKind.FINANCIAL, TrackTiming.BEFORE),
                id -> CaseEvent.OtherSupportFinished.of(id, DAY, OtherTrackKind.FINANCIAL),
                id -> CaseEvent.ActivityMatched.of(id, DAY, "wandelgroep", ActivityCategory.EXERCISE),
                id -> CaseEvent.ClientAccompanied.of(id, DAY),
                id -> CaseEvent.ParticipationStarted.of(id, DAY),
                id -> CaseEvent.ParticipationStopped.of(id, DAY, StopReason.NO_CLICK),
                id -> CaseEvent.EvaluationHeld.builder().id(id).date(DAY).continuedParticipation(true)
                        .verdict(ClientVerdict.IMPROVED).build(),
                id -> CaseEvent.FeedbackSent.of(id, DAY),
                id -> CaseEvent.CaseClosed.of(id, DAY, ClosureReason.COMPLETED, true),
                id -> CaseEvent.ConsentWithdrawn.of(id, DAY));
        assertThat(events.stream().map(f -> f.apply("e").type()).distinct()).hasSize(EventType.values().length);
        return events.stream().map(f -> Arguments.of(f.apply("e").type(), f));
    }

    private static void refused(Runnable build, String field, String rule) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.rule()).isEqualTo(rule);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEventType")
    void everyEventHasAnIdOfOneTo64Characters(EventType type, Function<String, CaseEvent> event) {
        assertThat(event.apply("x").id()).isEqualTo("x");
        assertThat(event.apply("e".repeat(64)).id()).hasSize(64);
        for (String bad : List.of("", "   ", "e".repeat(65))) {
            refused(() -> event.apply(bad), "id", "event-id-format");
        }
    }

    @Test
    void aReferralIsReceivedOnOrAfterItsDateWithAnIdAndASignal() {
        assertThat(received("e0", DAY, "R-1").date()).isEqualTo(DAY);
        refused(() -> received("e0", DAY.minusDays(1), "R-1"), "date", "received-before-referral");
        assertThat(received("e0", DAY, "R".repeat(64)).referralId()).hasSize(64);
        refused(() -> received("e0", DAY, " "), "referralId", "referral-id-format");
        refused(() -> received("e0", DAY, "R".repeat(65)), "referralId", "referral-id-format");
        refused(() -> CaseEvent.ReferralReceived.builder().id("e0").date(DAY).referralId("R-1").referralDate(DAY)
                .referrerRole(ReferrerRole.GP).practiceReference("praktijk-1")
                .frequentAttender(false).firstContact(FirstContact.COACH_CONTACTS_CLIENT).build(), "signals", "signals-empty");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2000})
    void wishesAndNeedsAreAtMost2000Characters(int length) {
        assertThat(CaseEvent.IntakeHeld.builder().id("e").date(DAY).wishesAndNeeds("w".repeat(length)).build()
                .wishesAndNeeds()).hasSize(length);
        refused(() -> CaseEvent.IntakeHeld.builder().id("e").date(DAY).wishesAndNeeds("w".repeat(2001)).build(),
                "wishesAndNeeds", "text-length");
    }

    @Test
    void anActivityReferenceIsOneTo128Characters() {
        assertThat(CaseEvent.ActivityMatched.of("e", DAY, "a".repeat(128), ActivityCategory.EXERCISE)
                .activityReference()).hasSize(128);
        for (String bad : List.of("", " ", "a".repeat(129))) {
            refused(() -> CaseEvent.ActivityMatched.of("e", DAY, bad, ActivityCategory.EXERCISE), "activityReference",
                    "activity-reference-format");
        }
    }

    @Test
    void theDefaultPolicyGuardsCompletionAndTheSwitchTurnsItOff() {
        assertThat(WorkflowPolicy.defaults().completionRequiresEvaluationAndFeedback()).isTrue();
        assertThat(WorkflowPolicy.builder().build()).isEqualTo(WorkflowPolicy.defaults());
        assertThat(CaseWorkflow.defaults().policy()).isEqualTo(WorkflowPolicy.defaults());
        WorkflowPolicy lenient = WorkflowPolicy.builder().completionRequiresEvaluationAndFeedback(false).build();
        assertThat(lenient.completionRequiresEvaluationAndFeedback()).isFalse();
        assertThat(CaseWorkflow.of(lenient).policy()).isEqualTo(lenient);
        List<CaseEvent> closedEarly = List.of(Pathways.received(),
                CaseEvent.CaseClosed.of("e1", DAY.plusDays(2), ClosureReason.COMPLETED, false));
        assertThat(CaseWorkflow.defaults().replay(closedEarly).getLeft().reason())
                .isEqualTo(RejectionReason.COMPLETION_NEEDS_EVALUATION_AND_FEEDBACK);
        assertThat(CaseWorkflow.of(lenient).replay(closedEarly).get().state()).isEqualTo(CaseState.COMPLETED);
    }

    @Test
    void casesAreEqualByStateAndEvents() {
        Case complete = CaseWorkflow.defaults().replay(Pathways.complete()).get();
        Case again = CaseWorkflow.defaults().replay(Pathways.complete()).get();
        Case shorter = CaseWorkflow.defaults().replay(Pathways.complete().subList(0, 9)).get();
        assertThat(again).isEqualTo(complete).hasSameHashCodeAs(complete);
        assertThat(shorter).isNotEqualTo(complete);
        assertThat(shorter.hashCode()).isNotEqualTo(complete.hashCode());
        assertThat(Case.empty()).isNotEqualTo(complete).isEqualTo(Case.empty());
        assertThat(complete).isNotEqualTo(complete.events());
    }

    @Test
    void everyFhirCodeReadsBackInAnyCase() {
        for (FhirTaskStatus status : FhirTaskStatus.values()) {
            assertThat(FhirTaskStatus.fromCode(status.code())).isEqualTo(status);
            assertThat(FhirTaskStatus.fromCode(status.code().toUpperCase(Locale.ROOT))).isEqualTo(status);
        }
        assertThatThrownBy(() -> FhirTaskStatus.fromCode("done")).isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> FhirTaskStatus.fromCode("entered-in-error")).doesNotThrowAnyException();
    }
}
