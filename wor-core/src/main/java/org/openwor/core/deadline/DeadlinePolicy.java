package org.openwor.core.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.openwor.core.workflow.Case;

/**
 * The deadlines (<i>termijnen</i>) of a case, with documented defaults that each organisation can
 * override.
 *
 * <ul>
 *   <li>{@link DeadlineKind#FIRST_CONTACT First contact}: within {@link #firstContact() 2 weeks} of the
 *       referral date (seed 004: "binnen 2 weken"). Met on the date the client is first reached.</li>
 *   <li>{@link DeadlineKind#EVALUATION Evaluation}: {@link #evaluation() 6 months} (seed 003) after the
 *       {@link #evaluationAnchor() anchor}, the intake by default. With {@link #clockStopWhileOnHold()} the
 *       due date moves by the days the case was on hold for another track.</li>
 *   <li>{@link DeadlineKind#FEEDBACK Feedback} to the referrer: within {@link #feedback() 14 calendar days}
 *       of the evaluation. The seeds give no number; 14 days repeats the only response time they do give
 *       (two weeks for first contact), so the referrer hears back while the evaluation is fresh.</li>
 * </ul>
 * Each term counts calendar days, working days or days under the Algemene termijnenwet, against
 * {@link #holidayCalendar()} (by default the {@link DutchHolidayCalendar#standard() standard} Dutch one).
 *
 * <p>A deadline whose case ended (closed or consent withdrawn) before it was met is
 * {@link DeadlineStatus#NOT_APPLICABLE} if the case ended on or before the due date, and
 * {@link DeadlineStatus#OVERDUE} (missed) if it ended later.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DeadlinePolicy {

    private static final DeadlinePolicy DEFAULTS = builder().build();

    DeadlinePolicy() {}

    /**
     * Returns the policy with every default.
     *
     * @return the default policy
     */
    public static DeadlinePolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a new builder that starts from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the term for first contact, counted from the referral date. Default: 2 weeks, calendar days.
     *
     * @return the first-contact term
     */
    @Value.Default
    public Term firstContact() {
        return Term.ofWeeks(2, DayCounting.CALENDAR_DAYS);
    }

    /**
     * Returns the term for the evaluation, counted from the {@link #evaluationAnchor() anchor}. Default:
     * 6 months, calendar days.
     *
     * @return the evaluation term
     */
    @Value.Default
    public Term evaluation() {
        return Term.ofMonths(6, DayCounting.CALENDAR_DAYS);
    }

    /**
     * Returns the event the evaluation term is counted from. Default: the intake.
     *
     * @return the evaluation anchor
     */
    @Value.Default
    public EvaluationAnchor evaluationAnchor() {
        return EvaluationAnchor.INTAKE;
    }

    /**
     * Returns the term for feedback to the referrer, counted from the evaluation. Default: 14 days,
     * calendar days.
     *
     * @return the feedback term
     */
    @Value.Default
    public Term feedback() {
        return Term.ofDays(14, DayCounting.CALENDAR_DAYS);
    }

    /**
     * Returns whether the evaluation due date moves by the days the case was on hold while another
     * track had to come first. Default: true, because the pathway could not proceed meanwhile.
     *
     * @return true if the clock stops while on hold
     */
    @Value.Default
    public boolean clockStopWhileOnHold() {
        return true;
    }

    /**
     * Returns the holiday calendar for working days. Default: {@link DutchHolidayCalendar#standard()}.
     *
     * @return the holiday calendar
     */
    @Value.Default
    public HolidayCalendar holidayCalendar() {
        return DutchHolidayCalendar.standard();
    }

    /**
     * Returns the three deadlines of a case on a date, in the order first contact, evaluation, feedback.
     * The empty case has none.
     *
     * @param c the case, not null
     * @param today the date to judge the status on, not null
     * @return the deadlines
     */
    public List<Deadline> deadlines(Case c, LocalDate today) {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(today, "today");
        if (c.referralDate().isEmpty()) {
            return List.of();
        }
        LocalDate referral = c.referralDate().get();
        Optional<LocalDate> contactDue = Optional.of(firstContact().dueDate(referral, holidayCalendar()));
        Optional<LocalDate> evaluationAnchorDate = switch (evaluationAnchor()) {
            case REFERRAL -> Optional.of(referral);
            case INTAKE -> c.intakeDate();
            case ACTIVITY_START -> c.activityStartDate();
        };
        // With the clock stop, the anchor moves by the days on hold, so the term is counted as configured.
        int hold = clockStopWhileOnHold() ? c.daysOnHold(c.evaluationDate().orElse(today)) : 0;
        Optional<LocalDate> evaluationDue = evaluationAnchorDate
                .map(anchor -> evaluation().dueDate(anchor.plusDays(hold), holidayCalendar()));
        Optional<LocalDate> feedbackDue = c.evaluationDate().map(d -> feedback().dueDate(d, holidayCalendar()));
        return List.of(
                deadline(DeadlineKind.FIRST_CONTACT, contactDue, c.firstContactDate(), c, today),
                deadline(DeadlineKind.EVALUATION, evaluationDue, c.evaluationDate(), c, today),
                deadline(DeadlineKind.FEEDBACK, feedbackDue, c.feedbackDate(), c, today));
    }

    /**
     * Returns one deadline of a case on a date.
     *
     * @param c the case, not null
     * @param kind the deadline, not null
     * @param today the date to judge the status on, not null
     * @return the deadline, empty for the empty case
     */
    public Optional<Deadline> deadline(Case c, DeadlineKind kind, LocalDate today) {
        Objects.requireNonNull(kind, "kind");
        return deadlines(c, today).stream().filter(d -> d.kind() == kind).findFirst();
    }

    /**
     * Returns the worklist of many cases: every deadline of an open case that is overdue or falls due
     * within a number of days, overdue first, then by due date, then by case id.
     *
     * @param cases the cases, not null; ended and empty cases contribute nothing
     * @param today the worklist date, not null
     * @param withinDays how many days ahead to look, 0 or more
     * @return the worklist
     * @throws IllegalArgumentException if withinDays is negative
     */
    public List<WorklistItem> worklist(Iterable<Case> cases, LocalDate today, int withinDays) {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(today, "today");
        if (withinDays < 0) {
            throw new IllegalArgumentException("withinDays: must be 0 or more");
        }
        LocalDate horizon = today.plusDays(withinDays);
        List<WorklistItem> items = new ArrayList<>();
        for (Case c : cases) {
            if (!c.state().isOpen()) {
                continue;
            }
            for (Deadline d : deadlines(c, today)) {
                boolean dueSoon = d.status() == DeadlineStatus.PENDING && d.dueDate().filter(due -> !due.isAfter(horizon))
                        .isPresent();
                if (d.status() == DeadlineStatus.OVERDUE || dueSoon) {
                    LocalDate due = d.dueDate().orElseThrow();
                    items.add(WorklistItem.of(c.id().orElseThrow(), d.kind(), due, d.status(),
                            ChronoUnit.DAYS.between(today, due)));
                }
            }
        }
        items.sort(Comparator.comparing((WorklistItem i) -> i.status() != DeadlineStatus.OVERDUE)
                .thenComparing(WorklistItem::dueDate).thenComparing(WorklistItem::caseId)
                .thenComparing(WorklistItem::kind));
        return List.copyOf(items);
    }

    private static Deadline deadline(DeadlineKind kind, Optional<LocalDate> due, Optional<LocalDate> met, Case c,
            LocalDate today) {
        if (met.isPresent()) {
            boolean late = due.filter(d -> met.get().isAfter(d)).isPresent();
            return Deadline.of(kind, due, late ? DeadlineStatus.MET_LATE : DeadlineStatus.MET, met);
        }
        Optional<LocalDate> ended = c.endDate();
        if (due.isEmpty()) {
            return Deadline.of(kind, due, ended.isPresent() ? DeadlineStatus.NOT_APPLICABLE : DeadlineStatus.PENDING,
                    Optional.empty());
        }
        LocalDate judgedOn = ended.filter(e -> e.isBefore(today)).orElse(today);
        if (ended.isPresent() && !ended.get().isAfter(due.get())) {
            return Deadline.of(kind, due, DeadlineStatus.NOT_APPLICABLE, Optional.empty());
        }
        return Deadline.of(kind, due, judgedOn.isAfter(due.get()) ? DeadlineStatus.OVERDUE : DeadlineStatus.PENDING,
                Optional.empty());
    }

    /** Builds a {@link DeadlinePolicy}; every attribute not set keeps its documented default. */
    public static final class Builder extends ImmutableDeadlinePolicy.Builder {
        Builder() {}
    }
}
