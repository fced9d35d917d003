package org.openwor.core.indicator;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.openwor.core.deadline.DeadlinePolicy;
import org.openwor.core.internal.Checks;

/**
 * What a report covers: the referrals whose referral date lies in a period, an optional grouping, the
 * date on which deadlines are judged, and the deadline policy.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportSpec {

    ReportSpec() {}

    /**
     * Returns the first referral date covered, inclusive.
     *
     * @return the start of the period
     */
    public abstract LocalDate from();

    /**
     * Returns the last referral date covered, inclusive.
     *
     * @return the end of the period
     */
    public abstract LocalDate to();

    /**
     * Returns the date on which deadlines are judged (usually the day the report is made).
     *
     * @return the as-of date, not before {@link #from()}
     */
    public abstract LocalDate asOf();

    /**
     * Returns how cases are broken down into rows, besides the total.
     *
     * @return the grouping, empty for the total row only
     */
    public abstract Optional<Grouping> grouping();

    /**
     * Returns the deadline policy for the on-time indicators. Default: {@link DeadlinePolicy#defaults()}.
     *
     * @return the deadline policy
     */
    @Value.Default
    public DeadlinePolicy deadlinePolicy() {
        return DeadlinePolicy.defaults();
    }

    /**
     * Obtains a specification without grouping under the default deadline policy.
     *
     * @param from the first referral date, not null
     * @param to the last referral date, not null
     * @param asOf the date on which deadlines are judged, not null
     * @return the specification
     * @throws org.openwor.core.InvalidValueException if the period is empty or asOf precedes it
     */
    public static ReportSpec of(LocalDate from, LocalDate to, LocalDate asOf) {
        return builder().from(from).to(to).asOf(asOf).build();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether a referral date lies in the period.
     *
     * @param referralDate the referral date, not null
     * @return true if from &le; date &le; to
     */
    public boolean covers(LocalDate referralDate) {
        return !referralDate.isBefore(from()) && !referralDate.isAfter(to());
    }

    @Value.Check
    void check() {
        Checks.require(!to().isBefore(from()), "to", "period-order", "the end of the period is not before its start");
        Checks.require(!asOf().isBefore(from()), "asOf", "as-of-in-period", "the as-of date is not before the period");
    }

    /** Builds a {@link ReportSpec}. */
    public static final class Builder extends ImmutableReportSpec.Builder {
        Builder() {}
    }
}
