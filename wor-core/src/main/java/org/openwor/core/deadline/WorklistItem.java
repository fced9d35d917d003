package org.openwor.core.deadline;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One line of a coach's worklist: a case, a deadline that is overdue or due soon, and how many days
 * are left (negative when overdue).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WorklistItem {

    WorklistItem() {}

    /**
     * Returns the case id.
     *
     * @return the case id
     */
    public abstract String caseId();

    /**
     * Returns the deadline.
     *
     * @return the deadline, overdue or pending
     */
    public abstract DeadlineKind kind();

    /**
     * Returns the due date.
     *
     * @return the due date
     */
    public abstract LocalDate dueDate();

    /**
     * Returns the status: {@link DeadlineStatus#OVERDUE} or {@link DeadlineStatus#PENDING}.
     *
     * @return the status
     */
    public abstract DeadlineStatus status();

    /**
     * Returns the days from the worklist date to the due date: negative when overdue, 0 when due today.
     *
     * @return the days left
     */
    public abstract long daysLeft();

    /**
     * Obtains an item.
     *
     * @param caseId the case id, not null
     * @param kind the deadline kind, not null
     * @param dueDate the due date, not null
     * @param status overdue or pending, not null
     * @param daysLeft the days left, negative when overdue
     * @return the item
     */
    public static WorklistItem of(String caseId, DeadlineKind kind, LocalDate dueDate, DeadlineStatus status,
            long daysLeft) {
        return ImmutableWorklistItem.builder().caseId(caseId).kind(kind).dueDate(dueDate).status(status)
                .daysLeft(daysLeft).build();
    }
}
