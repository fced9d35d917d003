package org.openwor.core.workflow;

import io.vavr.control.Either;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The case workflow (<i>traject</i>) as a pure decider: {@link #apply(Case, CaseEvent)} returns either a
 * typed {@link Rejection} or the new case, never throws for a refused event, and never changes the case
 * it was given.
 *
 * <p>The transition table is immutable data, built once (see {@link #allowedEvents(CaseState)} and
 * {@link #targets(CaseState, EventType)}); two entries for one state and event type are rejected when it
 * is built. The rules, checked in this order for every event:
 * <ol>
 *   <li>an event whose id was applied before is applied once: the same event again leaves the case as it
 *       is; a different event under a used id is refused ({@link RejectionReason#CONFLICTING_EVENT_ID});</li>
 *   <li>after closure or withdrawal of consent no event is accepted ({@link RejectionReason#CASE_ENDED});</li>
 *   <li>the event must be allowed in the current state ({@link RejectionReason#NOT_ALLOWED_IN_STATE});</li>
 *   <li>events come in date order ({@link RejectionReason#OUT_OF_ORDER}) and never before the referral
 *       ({@link RejectionReason#BEFORE_REFERRAL});</li>
 *   <li>guards: closing as completed needs an evaluation and feedback to the referrer when the policy
 *       says so; finishing other support needs that support to be running.</li>
 * </ol>
 * Closure and withdrawal of consent are allowed in every open state. After a dropout a new activity may
 * be matched; accompanying the client is optional.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseWorkflow {

    /** The transition table: per state, per allowed event type, the possible targets and how to pick one. */
    private static final Map<CaseState, Map<EventType, Transition>> TABLE = buildTable();

    private static final CaseWorkflow DEFAULT = new CaseWorkflow(WorkflowPolicy.defaults());

    private final WorkflowPolicy policy;

    private CaseWorkflow(WorkflowPolicy policy) {
        this.policy = policy;
    }

    /**
     * Returns the workflow under the default policy.
     *
     * @return the default workflow
     */
    public static CaseWorkflow defaults() {
        return DEFAULT;
    }

    /**
     * Returns the workflow under a policy.
     *
     * @param policy the policy, not null
     * @return the workflow
     */
    public static CaseWorkflow of(WorkflowPolicy policy) {
        return new CaseWorkflow(Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Returns the policy.
     *
     * @return the workflow policy
     */
    public WorkflowPolicy policy() {
        return policy;
    }

    /**
     * Applies one event to a case.
     *
     * @param current the case, not null
     * @param event the event, not null
     * @return the new case, the same case for a repeated event, or the rejection
     */
    public Either<Rejection, Case> apply(Case current, CaseEvent event) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(event, "event");
        CaseState state = current.state();
        var previous = current.event(event.id());
        if (previous.isPresent()) {
            return previous.get().equals(event) ? Either.right(current)
                    : reject(RejectionReason.CONFLICTING_EVENT_ID, event, state);
        }
        if (state.isTerminal()) {
            return reject(RejectionReason.CASE_ENDED, event, state);
        }
        Transition transition = TABLE.get(state).get(event.type());
        if (transition == null) {
            return reject(RejectionReason.NOT_ALLOWED_IN_STATE, event, state);
        }
        // Before the referral is the more telling reason, so it goes first; a received referral dated before
        // its referral date cannot be built at all.
        if (current.referralDate().filter(event.date()::isBefore).isPresent()) {
            return reject(RejectionReason.BEFORE_REFERRAL, event, state);
        }
        if (current.lastEventDate().filter(event.date()::isBefore).isPresent()) {
            return reject(RejectionReason.OUT_OF_ORDER, event, state);
        }
        if (event instanceof CaseEvent.CaseClosed closed && closed.reason() == ClosureReason.COMPLETED
                && policy.completionRequiresEvaluationAndFeedback()
                && (current.evaluationDate().isEmpty() || current.feedbackDate().isEmpty())) {
            return reject(RejectionReason.COMPLETION_NEEDS_EVALUATION_AND_FEEDBACK, event, state);
        }
        if (event instanceof CaseEvent.OtherSupportFinished finished
                && !current.runningTracksBefore().contains(finished.kind())
                && !current.runningTracksAlongside().contains(finished.kind())) {
            return reject(RejectionReason.NO_SUCH_OTHER_SUPPORT, event, state);
        }
        CaseState next = transition.target.apply(current, event);
        if (!transition.targets.contains(next)) {
            throw new IllegalStateException("Transition table inconsistent for " + state + " on " + event.type());
        }
        return Either.right(current.with(event, next));
    }

    /**
     * Replays events from the empty case, stopping at the first rejected one.
     *
     * @param events the events in order, not null
     * @return the case after every event, or the first rejection
     */
    public Either<Rejection, Case> replay(List<? extends CaseEvent> events) {
        Objects.requireNonNull(events, "events");
        Either<Rejection, Case> result = Either.right(Case.empty());
        for (CaseEvent event : events) {
            result = result.flatMap(c -> apply(c, event));
            if (result.isLeft()) {
                return result;
            }
        }
        return result;
    }

    /**
     * Returns the event types a state accepts.
     *
     * @param state the state, not null
     * @return the allowed event types, empty for terminal states
     */
    public static Set<EventType> allowedEvents(CaseState state) {
        Set<EventType> allowed = EnumSet.noneOf(EventType.class);
        allowed.addAll(TABLE.get(Objects.requireNonNull(state, "state")).keySet());
        return Collections.unmodifiableSet(allowed);
    }

    /**
     * Returns the states an event type can lead to from a state; which one is taken depends on the event
     * (reached or not, before or alongside, the closure reason) and on the case.
     *
     * @param state the state, not null
     * @param type the event type, not null
     * @return the possible target states, empty if the event is not allowed
     */
    public static Set<CaseState> targets(CaseState state, EventType type) {
        Transition transition = TABLE.get(Objects.requireNonNull(state, "state")).get(Objects.requireNonNull(type, "type"));
        return transition == null ? Set.of() : transition.targets;
    }

    /**
     * Returns the state diagram of the transition table in Mermaid syntax ({@code stateDiagram-v2}).
     * Events allowed in every open state with the same targets (closure, withdrawal of consent) are
     * drawn once from the composite state {@code open}.
     *
     * @return the diagram, generated from the table
     */
    public static String mermaid() {
        return MermaidDiagram.render(TABLE);
    }

    private static Either<Rejection, Case> reject(RejectionReason reason, CaseEvent event, CaseState state) {
        return Either.left(Rejection.of(reason, event, state, allowedEvents(state)));
    }

    /** One entry of the table: the possible targets and how the event picks one. */
    static final class Transition {
        final Set<CaseState> targets;
        final BiFunction<Case, CaseEvent, CaseState> target;

        Transition(Set<CaseState> targets, BiFunction<Case, CaseEvent, CaseState> target) {
            this.targets = Collections.unmodifiableSet(EnumSet.copyOf(targets));
            this.target = target;
        }
    }

    private static Map<CaseState, Map<EventType, Transition>> buildTable() {
        TableBuilder t = new TableBuilder();
        t.on(CaseState.NEW, EventType.REFERRAL_RECEIVED, CaseState.REFERRED);
        for (CaseState s : List.of(CaseState.REFERRED, CaseState.CONTACTING)) {
            t.on(s, EventType.CONTACT_ATTEMPTED, Set.of(CaseState.CONTACTED, CaseState.CONTACTING),
                    (c, e) -> ((CaseEvent.ContactAttempted) e).reached() ? CaseState.CONTACTED : CaseState.CONTACTING);
        }
        t.on(CaseState.CONTACTED, EventType.INTAKE_HELD, CaseState.INTAKE_HELD);
        for (CaseState s : List.of(CaseState.INTAKE_HELD, CaseState.ON_HOLD)) {
            t.on(s, EventType.OTHER_SUPPORT_STARTED, EnumSet.of(s, CaseState.ON_HOLD),
                    (c, e) -> ((CaseEvent.OtherSupportStarted) e).timing() == TrackTiming.BEFORE ? CaseState.ON_HOLD : s);
        }
        t.on(CaseState.INTAKE_HELD, EventType.OTHER_SUPPORT_FINISHED, CaseState.INTAKE_HELD);
        // The case resumes when the last track that had to come first has finished.
        t.on(CaseState.ON_HOLD, EventType.OTHER_SUPPORT_FINISHED, EnumSet.of(CaseState.INTAKE_HELD, CaseState.ON_HOLD),
                (c, e) -> c.runningTracksBefore().stream().anyMatch(k -> k != ((CaseEvent.OtherSupportFinished) e).kind())
                        ? CaseState.ON_HOLD : CaseState.INTAKE_HELD);
        for (CaseState s : List.of(CaseState.ACTIVITY_MATCHED, CaseState.PARTICIPATING,
                CaseState.PARTICIPATION_STOPPED, CaseState.EVALUATED)) {
            t.on(s, EventType.OTHER_SUPPORT_STARTED, Set.of(s), (c, e) -> s);
            t.on(s, EventType.OTHER_SUPPORT_FINISHED, Set.of(s), (c, e) -> s);
        }
        t.on(CaseState.INTAKE_HELD, EventType.ACTIVITY_MATCHED, CaseState.ACTIVITY_MATCHED);
        t.on(CaseState.ACTIVITY_MATCHED, EventType.ACTIVITY_MATCHED, CaseState.ACTIVITY_MATCHED);
        t.on(CaseState.PARTICIPATION_STOPPED, EventType.ACTIVITY_MATCHED, CaseState.ACTIVITY_MATCHED);
        t.on(CaseState.ACTIVITY_MATCHED, EventType.CLIENT_ACCOMPANIED, CaseState.ACTIVITY_MATCHED);
        t.on(CaseState.PARTICIPATING, EventType.CLIENT_ACCOMPANIED, CaseState.PARTICIPATING);
        t.on(CaseState.ACTIVITY_MATCHED, EventType.PARTICIPATION_STARTED, CaseState.PARTICIPATING);
        t.on(CaseState.PARTICIPATING, EventType.PARTICIPATION_STOPPED, CaseState.PARTICIPATION_STOPPED);
        for (CaseState s : List.of(CaseState.INTAKE_HELD, CaseState.ACTIVITY_MATCHED, CaseState.PARTICIPATING,
                CaseState.PARTICIPATION_STOPPED)) {
            t.on(s, EventType.EVALUATION_HELD, CaseState.EVALUATED);
        }
        t.on(CaseState.EVALUATED, EventType.FEEDBACK_SENT, CaseState.FEEDBACK_SENT);
        Set<CaseState> closedStates = EnumSet.of(CaseState.COMPLETED, CaseState.CANCELLED, CaseState.FAILED,
                CaseState.REJECTED);
        for (CaseState s : CaseState.values()) {
            if (s.isOpen()) {
                t.on(s, EventType.CASE_CLOSED, closedStates,
                        (c, e) -> ((CaseEvent.CaseClosed) e).reason().terminalState());
                t.on(s, EventType.CONSENT_WITHDRAWN, CaseState.CONSENT_WITHDRAWN);
            }
        }
        return t.build();
    }

    /** Builds the table and rejects a second entry for the same state and event type. */
    private static final class TableBuilder {
        private final Map<CaseState, Map<EventType, Transition>> table = new EnumMap<>(CaseState.class);

        void on(CaseState from, EventType type, CaseState to) {
            on(from, type, Set.of(to), (c, e) -> to);
        }

        void on(CaseState from, EventType type, Set<CaseState> targets, BiFunction<Case, CaseEvent, CaseState> target) {
            Map<EventType, Transition> row = table.computeIfAbsent(from, s -> new EnumMap<>(EventType.class));
            if (row.putIfAbsent(type, new Transition(targets, target)) != null) {
                throw new IllegalStateException("Ambiguous transition table: two entries for " + from + " on " + type);
            }
        }

        Map<CaseState, Map<EventType, Transition>> build() {
            Map<CaseState, Map<EventType, Transition>> result = new EnumMap<>(CaseState.class);
            for (CaseState s : CaseState.values()) {
                result.put(s, Collections.unmodifiableMap(table.getOrDefault(s, new EnumMap<>(EventType.class))));
            }
            return Collections.unmodifiableMap(result);
        }
    }
}
