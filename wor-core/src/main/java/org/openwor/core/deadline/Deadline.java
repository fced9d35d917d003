package org.openwor.core.deadline;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One deadline of a case on a given date: its kind, due date, status and the date it was met.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Deadline {

    Deadline() {}

    /**
     * Returns which deadline this is.
     *
     * @return the kind
     */
    public abstract DeadlineKind kind();

    /**
     * Returns the due date, known once the anchor event has happened.
     *
     * @return the due date
     */
    public abstract Optional<LocalDate> dueDate();

    /**
     * Returns the status on the date it was computed for.
     *
     * @return the status
     */
    public abstract DeadlineStatus status();

    /**
     * Returns the date the deadline was met.
     *
     * @return the date met, if met
     */
    public abstract Optional<LocalDate> metOn();

    /**
     * Obtains a deadline.
     *
     * @param kind the kind, not null
     * @param dueDate the due date, if known, not null
     * @param status the status, not null
     * @param metOn the date met, if met, not null
     * @return the deadline
     */
    public static Deadline of(DeadlineKind kind, Optional<LocalDate> dueDate, DeadlineStatus status,
            Optional<LocalDate> metOn) {
        return ImmutableDeadline.builder().kind(kind).dueDate(dueDate).status(status).metOn(metOn).build();
    }

    @Value.Check
    void check() {
        boolean met = status() == DeadlineStatus.MET || status() == DeadlineStatus.MET_LATE;
        org.openwor.core.internal.Checks.require(met == metOn().isPresent(), "metOn", "met-date-with-status",
                "a deadline has a date met exactly when its status is met or met-late");
    }
}
