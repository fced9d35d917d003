package org.openwor.core.workflow;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A case (<i>traject</i>): one client's journey from referral to closure, as the fold of its events.
 *
 * <p>A case is obtained from {@link CaseWorkflow#replay(List)} or by applying events one at a time with
 * {@link CaseWorkflow#apply(Case, CaseEvent)}, starting from {@link #empty()}. Besides its events and
 * state it exposes the facts that deadlines and indicators need, each derived from the events.
 * It holds no personal data.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Case {

    private static final Case EMPTY = new Case(CaseState.NEW, List.of(), Optional.empty(), null, null, null, null,
            null, null, null, null, null, null, false, 0, 0, Set.of(), Set.of(), List.of());

    private final CaseState state;
    private final List<CaseEvent> events;
    private final Optional<CaseEvent.ReferralReceived> referral;
    private final LocalDate firstContactAttemptDate;
    private final LocalDate firstContactDate;
    private final CaseEvent.IntakeHeld intake;
    private final LocalDate activityStartDate;
    private final CaseEvent.EvaluationHeld evaluation;
    private final LocalDate evaluationDate;
    private final LocalDate feedbackDate;
    private final CaseEvent.CaseClosed closure;
    private final LocalDate endDate;
    private final LocalDate holdStartDate;
    private final boolean accompanied;
    private final int contactAttempts;
    private final int daysOnHold;
    private final Set<OtherTrackKind> runningBefore;
    private final Set<OtherTrackKind> runningAlongside;
    private final List<CaseEvent.ActivityMatched> activities;

    @SuppressWarnings("checkstyle:ParameterNumber")
    private Case(CaseState state, List<CaseEvent> events, Optional<CaseEvent.ReferralReceived> referral,
            LocalDate firstContactAttemptDate, LocalDate firstContactDate, CaseEvent.IntakeHeld intake,
            LocalDate activityStartDate, CaseEvent.EvaluationHeld evaluation, LocalDate evaluationDate,
            LocalDate feedbackDate, CaseEvent.CaseClosed closure, LocalDate endDate, LocalDate holdStartDate,
            boolean accompanied, int contactAttempts, int daysOnHold, Set<OtherTrackKind> runningBefore,
            Set<OtherTrackKind> runningAlongside, List<CaseEvent.ActivityMatched> activities) {
        this.state = state;
        this.events = events;
        this.referral = referral;
        this.firstContactAttemptDate = firstContactAttemptDate;
        this.firstContactDate = firstContactDate;
        this.intake = intake;
        this.activityStartDate = activityStartDate;
        this.evaluation = evaluation;
        this.evaluationDate = evaluationDate;
        this.feedbackDate = feedbackDate;
        this.closure = closure;
        this.endDate = endDate;
        this.holdStartDate = holdStartDate;
        this.accompanied = accompanied;
        this.contactAttempts = contactAttempts;
        this.daysOnHold = daysOnHold;
        this.runningBefore = runningBefore;
        this.runningAlongside = runningAlongside;
        this.activities = activities;
    }

    /**
     * Returns the case before any event: state {@link CaseState#NEW}.
     *
     * @return the empty case
     */
    public static Case empty() {
        return EMPTY;
    }

    /**
     * Returns the case id: the id of the referral it started from.
     *
     * @return the case id, empty before the referral was received
     */
    public Optional<String> id() {
        return referral.map(CaseEvent.ReferralReceived::referralId);
    }

    /**
     * Returns the state.
     *
     * @return the current state
     */
    public CaseState state() {
        return state;
    }

    /**
     * Returns the HL7 FHIR {@code Task.status} of the current state.
     *
     * @return the FHIR status
     */
    public FhirTaskStatus fhirStatus() {
        return state.fhirStatus();
    }

    /**
     * Returns the WoR business status: the code of the current state, such as {@code on-hold}.
     *
     * @return the business status
     */
    public String businessStatus() {
        return state.code();
    }

    /**
     * Returns the events applied, in order; a repeated event is listed once.
     *
     * @return the events
     */
    public List<CaseEvent> events() {
        return events;
    }

    /**
     * Returns the version of the case: the number of events applied. A store can use it for optimistic
     * concurrency.
     *
     * @return the version, 0 for the empty case
     */
    public int version() {
        return events.size();
    }

    /**
     * Returns the event that opened the case.
     *
     * @return the received referral, empty for the empty case
     */
    public Optional<CaseEvent.ReferralReceived> referral() {
        return referral;
    }

    /**
     * Returns the referral date, the anchor of the case.
     *
     * @return the referral date, empty for the empty case
     */
    public Optional<LocalDate> referralDate() {
        return referral.map(CaseEvent.ReferralReceived::referralDate);
    }

    /**
     * Returns the date of the last event.
     *
     * @return the last event date, empty for the empty case
     */
    public Optional<LocalDate> lastEventDate() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1).date());
    }

    /**
     * Returns the date of the first contact attempt, reached or not.
     *
     * @return the first attempt date
     */
    public Optional<LocalDate> firstContactAttemptDate() {
        return Optional.ofNullable(firstContactAttemptDate);
    }

    /**
     * Returns the date the client was first reached.
     *
     * @return the first contact date
     */
    public Optional<LocalDate> firstContactDate() {
        return Optional.ofNullable(firstContactDate);
    }

    /**
     * Returns the number of contact attempts.
     *
     * @return the attempts, reached or not
     */
    public int contactAttempts() {
        return contactAttempts;
    }

    /**
     * Returns the intake.
     *
     * @return the intake event, if held
     */
    public Optional<CaseEvent.IntakeHeld> intake() {
        return Optional.ofNullable(intake);
    }

    /**
     * Returns the date of the intake.
     *
     * @return the intake date, if held
     */
    public Optional<LocalDate> intakeDate() {
        return intake().map(CaseEvent::date);
    }

    /**
     * Returns the activities matched, in order; after a dropout a new one may follow.
     *
     * @return the matched activities
     */
    public List<CaseEvent.ActivityMatched> activities() {
        return activities;
    }

    /**
     * Returns the date participation first started.
     *
     * @return the activity start date, if started
     */
    public Optional<LocalDate> activityStartDate() {
        return Optional.ofNullable(activityStartDate);
    }

    /**
     * Tells whether the coach accompanied the client to an activity.
     *
     * @return true if accompanied
     */
    public boolean accompanied() {
        return accompanied;
    }

    /**
     * Returns the evaluation.
     *
     * @return the evaluation event, if held
     */
    public Optional<CaseEvent.EvaluationHeld> evaluation() {
        return Optional.ofNullable(evaluation);
    }

    /**
     * Returns the date of the evaluation.
     *
     * @return the evaluation date, if held
     */
    public Optional<LocalDate> evaluationDate() {
        return Optional.ofNullable(evaluationDate);
    }

    /**
     * Returns the date feedback was sent to the referrer.
     *
     * @return the feedback date, if sent
     */
    public Optional<LocalDate> feedbackDate() {
        return Optional.ofNullable(feedbackDate);
    }

    /**
     * Returns the closure.
     *
     * @return the closing event, if the case was closed
     */
    public Optional<CaseEvent.CaseClosed> closure() {
        return Optional.ofNullable(closure);
    }

    /**
     * Returns the date the case ended: closed or consent withdrawn.
     *
     * @return the end date, if ended
     */
    public Optional<LocalDate> endDate() {
        return Optional.ofNullable(endDate);
    }

    /**
     * Returns the other tracks that had to come first and are still running.
     *
     * @return the running tracks that put the case on hold
     */
    public Set<OtherTrackKind> runningTracksBefore() {
        return runningBefore;
    }

    /**
     * Returns the other tracks running alongside the pathway.
     *
     * @return the running tracks alongside
     */
    public Set<OtherTrackKind> runningTracksAlongside() {
        return runningAlongside;
    }

    /**
     * Returns the days the case has been on hold up to a date: finished holds plus a running one.
     *
     * @param asOf the date to count a running hold to, not null
     * @return the days on hold
     */
    public int daysOnHold(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        long running = holdStartDate == null || asOf.isBefore(holdStartDate) ? 0
                : ChronoUnit.DAYS.between(holdStartDate, asOf);
        return Math.toIntExact(daysOnHold + running);
    }

    /**
     * Tells whether an event with this id was applied.
     *
     * @param eventId the event id, not null
     * @return the applied event with this id
     */
    public Optional<CaseEvent> event(String eventId) {
        Objects.requireNonNull(eventId, "eventId");
        for (CaseEvent e : events) {
            if (e.id().equals(eventId)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Returns the case after an accepted event; the caller has checked every rule. */
    Case with(CaseEvent event, CaseState next) {
        List<CaseEvent> nextEvents = new ArrayList<>(events.size() + 1);
        nextEvents.addAll(events);
        nextEvents.add(event);
        Mutable m = new Mutable(this);
        if (event instanceof CaseEvent.ReferralReceived received) {
            m.referral = Optional.of(received);
        } else if (event instanceof CaseEvent.ContactAttempted attempt) {
            m.contactAttempts++;
            m.firstContactAttemptDate = firstNonNull(firstContactAttemptDate, attempt.date());
            if (attempt.reached()) {
                m.firstContactDate = firstNonNull(firstContactDate, attempt.date());
            }
        } else if (event instanceof CaseEvent.IntakeHeld held) {
            m.intake = held;
        } else if (event instanceof CaseEvent.OtherSupportStarted started) {
            if (started.timing() == TrackTiming.BEFORE) {
                m.runningBefore = plus(runningBefore, started.kind());
            } else {
                m.runningAlongside = plus(runningAlongside, started.kind());
            }
        } else if (event instanceof CaseEvent.OtherSupportFinished finished) {
            m.runningBefore = minus(runningBefore, finished.kind());
            m.runningAlongside = minus(runningAlongside, finished.kind());
        } else if (event instanceof CaseEvent.ActivityMatched matched) {
            List<CaseEvent.ActivityMatched> list = new ArrayList<>(activities);
            list.add(matched);
            m.activities = Collections.unmodifiableList(list);
        } else if (event instanceof CaseEvent.ClientAccompanied) {
            m.accompanied = true;
        } else if (event instanceof CaseEvent.ParticipationStarted started) {
            m.activityStartDate = firstNonNull(activityStartDate, started.date());
        } else if (event instanceof CaseEvent.EvaluationHeld held) {
            m.evaluation = held;
            m.evaluationDate = held.date();
        } else if (event instanceof CaseEvent.FeedbackSent sent) {
            m.feedbackDate = firstNonNull(feedbackDate, sent.date());
        } else if (event instanceof CaseEvent.CaseClosed closed) {
            m.closure = closed;
            m.endDate = closed.date();
        } else if (event instanceof CaseEvent.ConsentWithdrawn withdrawn) {
            m.endDate = withdrawn.date();
        }
        boolean wasOnHold = state == CaseState.ON_HOLD;
        boolean isOnHold = next == CaseState.ON_HOLD;
        if (!wasOnHold && isOnHold) {
            m.holdStartDate = event.date();
        } else if (wasOnHold && !isOnHold) {
            m.daysOnHold = daysOnHold(event.date());
            m.holdStartDate = null;
        }
        return new Case(next, Collections.unmodifiableList(nextEvents), m.referral, m.firstContactAttemptDate,
                m.firstContactDate, m.intake, m.activityStartDate, m.evaluation, m.evaluationDate, m.feedbackDate,
                m.closure, m.endDate, m.holdStartDate, m.accompanied, m.contactAttempts, m.daysOnHold, m.runningBefore,
                m.runningAlongside, m.activities);
    }

    private static LocalDate firstNonNull(LocalDate existing, LocalDate candidate) {
        return existing != null ? existing : candidate;
    }

    private static Set<OtherTrackKind> plus(Set<OtherTrackKind> set, OtherTrackKind kind) {
        EnumSet<OtherTrackKind> copy = set.isEmpty() ? EnumSet.noneOf(OtherTrackKind.class) : EnumSet.copyOf(set);
        copy.add(kind);
        return Collections.unmodifiableSet(copy);
    }

    private static Set<OtherTrackKind> minus(Set<OtherTrackKind> set, OtherTrackKind kind) {
        if (!set.contains(kind)) {
            return set;
        }
        EnumSet<OtherTrackKind> copy = EnumSet.copyOf(set);
        copy.remove(kind);
        return Collections.unmodifiableSet(copy);
    }

    /** The working copy of the derived facts while one event is applied. */
    private static final class Mutable {
        Optional<CaseEvent.ReferralReceived> referral;
        LocalDate firstContactAttemptDate;
        LocalDate firstContactDate;
        CaseEvent.IntakeHeld intake;
        LocalDate activityStartDate;
        CaseEvent.EvaluationHeld evaluation;
        LocalDate evaluationDate;
        LocalDate feedbackDate;
        CaseEvent.CaseClosed closure;
        LocalDate endDate;
        LocalDate holdStartDate;
        boolean accompanied;
        int contactAttempts;
        int daysOnHold;
        Set<OtherTrackKind> runningBefore;
        Set<OtherTrackKind> runningAlongside;
        List<CaseEvent.ActivityMatched> activities;

        Mutable(Case c) {
            referral = c.referral;
            firstContactAttemptDate = c.firstContactAttemptDate;
            firstContactDate = c.firstContactDate;
            intake = c.intake;
            activityStartDate = c.activityStartDate;
            evaluation = c.evaluation;
            evaluationDate = c.evaluationDate;
            feedbackDate = c.feedbackDate;
            closure = c.closure;
            endDate = c.endDate;
            holdStartDate = c.holdStartDate;
            accompanied = c.accompanied;
            contactAttempts = c.contactAttempts;
            daysOnHold = c.daysOnHold;
            runningBefore = c.runningBefore;
            runningAlongside = c.runningAlongside;
            activities = c.activities;
        }
    }

    /**
     * Two cases are equal when they are in the same state with the same events.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Case that && state == that.state && events.equals(that.events);
    }

    @Override
    public int hashCode() {
        return 31 * state.hashCode() + events.hashCode();
    }

    /**
     * Returns the case id, state and number of events; no personal data.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "Case{id=" + id().orElse("-") + ", state=" + state.code() + ", events=" + events.size() + "}";
    }
}
