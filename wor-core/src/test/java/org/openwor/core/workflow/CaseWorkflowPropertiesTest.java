package org.openwor.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openwor.core.testing.CaseArbitraries;

/** Model-based properties: the workflow against a simple reference model written here, independently. */
class CaseWorkflowPropertiesTest {

    @Provide
    Arbitrary<List<CaseEvent>> sequences() {
        return CaseArbitraries.eventSequences();
    }

    /** The reference model: a plain state name and a few facts, with the rules spelt out one by one. */
    static final class Model {
        String state = "new";
        final Map<String, CaseEvent> byId = new HashMap<>();
        LocalDate last;
        LocalDate referral;
        boolean evaluated;
        boolean feedback;
        final Set<OtherTrackKind> before = EnumSet.noneOf(OtherTrackKind.class);
        final Set<OtherTrackKind> alongside = EnumSet.noneOf(OtherTrackKind.class);

        static final Set<String> ENDED = Set.of("completed", "cancelled", "failed", "rejected", "consent-withdrawn");

        /** Returns whether the event is accepted, and moves the model. */
        boolean accept(CaseEvent e) {
            if (byId.containsKey(e.id())) {
                return byId.get(e.id()).equals(e);
            }
            if (ENDED.contains(state)) {
                return false;
            }
            String next = next(e);
            if (next == null) {
                return false;
            }
            if (last != null && e.date().isBefore(last)) {
                return false;
            }
            LocalDate anchor = e instanceof CaseEvent.ReferralReceived r ? r.referralDate() : referral;
            if (e.date().isBefore(anchor)) {
                return false;
            }
            if (e instanceof CaseEvent.CaseClosed c && c.reason() == ClosureReason.COMPLETED && !(evaluated && feedback)) {
                return false;
            }
            if (e instanceof CaseEvent.OtherSupportFinished f && !before.contains(f.kind()) && !alongside.contains(f.kind())) {
                return false;
            }
            byId.put(e.id(), e);
            last = e.date();
            if (e instanceof CaseEvent.ReferralReceived r) {
                referral = r.referralDate();
            }
            evaluated |= e instanceof CaseEvent.EvaluationHeld;
            feedback |= e instanceof CaseEvent.FeedbackSent;
            if (e instanceof CaseEvent.OtherSupportStarted s) {
                (s.timing() == TrackTiming.BEFORE ? before : alongside).add(s.kind());
            }
            if (e instanceof CaseEvent.OtherSupportFinished f) {
                before.remove(f.kind());
                alongside.remove(f.kind());
                if (state.equals("on-hold") && before.isEmpty()) {
                    next = "intake-held";
                }
            }
            state = next;
            return true;
        }

        /** The next state if the event type is allowed in the current state, else null. */
        private String next(CaseEvent e) {
            boolean open = !state.equals("new") && !ENDED.contains(state);
            if (open && e instanceof CaseEvent.CaseClosed c) {
                return switch (c.reason()) {
                    case COMPLETED -> "completed";
                    case UNREACHABLE, DROPPED_OUT -> "failed";
                    case NOT_SUITABLE_AFTER_INTAKE -> "rejected";
                    default -> "cancelled";
                };
            }
            if (open && e instanceof CaseEvent.ConsentWithdrawn) {
                return "consent-withdrawn";
            }
            String s = state;
            if (e instanceof CaseEvent.ReferralReceived) {
                return s.equals("new") ? "referred" : null;
            } else if (e instanceof CaseEvent.ContactAttempted a) {
                return s.equals("referred") || s.equals("contacting") ? (a.reached() ? "contacted" : "contacting") : null;
            } else if (e instanceof CaseEvent.IntakeHeld) {
                return s.equals("contacted") ? "intake-held" : null;
            } else if (e instanceof CaseEvent.OtherSupportStarted o) {
                if (s.equals("intake-held") || s.equals("on-hold")) {
                    return o.timing() == TrackTiming.BEFORE ? "on-hold" : s;
                }
                return Set.of("activity-matched", "participating", "participation-stopped", "evaluated").contains(s) ? s : null;
            } else if (e instanceof CaseEvent.OtherSupportFinished) {
                return Set.of("intake-held", "on-hold", "activity-matched", "participating", "participation-stopped",
                        "evaluated").contains(s) ? s : null;
            } else if (e instanceof CaseEvent.ActivityMatched) {
                return Set.of("intake-held", "activity-matched", "participation-stopped").contains(s)
                        ? "activity-matched" : null;
            } else if (e instanceof CaseEvent.ClientAccompanied) {
                return s.equals("activity-matched") || s.equals("participating") ? s : null;
            } else if (e instanceof CaseEvent.ParticipationStarted) {
                return s.equals("activity-matched") ? "participating" : null;
            } else if (e instanceof CaseEvent.ParticipationStopped) {
                return s.equals("participating") ? "participation-stopped" : null;
            } else if (e instanceof CaseEvent.EvaluationHeld) {
                return Set.of("intake-held", "activity-matched", "participating", "participation-stopped").contains(s)
                        ? "evaluated" : null;
            } else if (e instanceof CaseEvent.FeedbackSent) {
                return s.equals("evaluated") ? "feedback-sent" : null;
            }
            return null;
        }
    }

    @Property(tries = 2000)
    void theWorkflowAgreesWithTheReferenceModelOnEveryEvent(@ForAll("sequences") List<CaseEvent> events) {
        CaseWorkflow workflow = CaseWorkflow.defaults();
        Model model = new Model();
        Case c = Case.empty();
        for (CaseEvent event : events) {
            Either<Rejection, Case> result = workflow.apply(c, event);
            boolean accepted = model.accept(event);
            assertThat(result.isRight()).as("accepted %s in %s", event, c.state()).isEqualTo(accepted);
            if (result.isRight()) {
                c = result.get();
            } else {
                assertThat(result.getLeft().eventId()).isEqualTo(event.id());
                assertThat(result.getLeft().state()).isEqualTo(c.state());
            }
            assertThat(c.businessStatus()).isEqualTo(model.state);
        }
    }

    @Property(tries = 2000)
    void everyAcceptedSequenceSatisfiesTheInvariants(@ForAll("sequences") List<CaseEvent> events) {
        List<CaseEvent> accepted = new ArrayList<>();
        Case c = Case.empty();
        for (CaseEvent event : events) {
            Either<Rejection, Case> result = CaseWorkflow.defaults().apply(c, event);
            if (result.isRight() && result.get() != c) {
                accepted.add(event);
            }
            c = result.getOrElse(c);
        }
        assertThat(c.events()).containsExactlyElementsOf(accepted);
        Set<String> ids = new HashSet<>();
        LocalDate previous = null;
        for (CaseEvent e : c.events()) {
            assertThat(ids.add(e.id())).as("unique id %s", e.id()).isTrue();
            assertThat(previous == null || !e.date().isBefore(previous)).isTrue();
            assertThat(e.date()).isAfterOrEqualTo(c.referralDate().orElseThrow());
            previous = e.date();
        }
        if (c.state().isTerminal()) {
            CaseEvent lastEvent = c.events().get(c.events().size() - 1);
            assertThat(lastEvent.type()).isIn(EventType.CASE_CLOSED, EventType.CONSENT_WITHDRAWN);
        }
        if (c.state() == CaseState.COMPLETED) {
            assertThat(c.evaluationDate()).isPresent();
            assertThat(c.feedbackDate()).isPresent();
        }
        assertThat(c.version()).isEqualTo(c.events().size());
    }

    @Property(tries = 500)
    void replayingTheSameEventsGivesTheSameCase(@ForAll("sequences") List<CaseEvent> events) {
        Case c = fold(events);
        assertThat(CaseWorkflow.defaults().replay(c.events()).get()).isEqualTo(c);
        assertThat(fold(events)).isEqualTo(c).hasSameHashCodeAs(c);
    }

    @Property(tries = 500)
    void aRejectedEventLeavesTheCaseAsIfItNeverCame(@ForAll("sequences") List<CaseEvent> events) {
        Case c = Case.empty();
        List<CaseEvent> withoutRejected = new ArrayList<>();
        for (CaseEvent event : events) {
            Either<Rejection, Case> result = CaseWorkflow.defaults().apply(c, event);
            if (result.isLeft()) {
                assertThat(CaseWorkflow.defaults().replay(withoutRejected).get()).isEqualTo(c);
            } else {
                withoutRejected.add(event);
                c = result.get();
            }
        }
        assertThat(fold(withoutRejected)).isEqualTo(c);
    }

    private static Case fold(List<CaseEvent> events) {
        Case c = Case.empty();
        for (CaseEvent event : events) {
            c = CaseWorkflow.defaults().apply(c, event).getOrElse(c);
        }
        return c;
    }
}
