package org.openwor.core.indicator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.openwor.core.ReferrerRole;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;

/**
 * Accumulates cases and ineligible referrals into an {@link IndicatorReport}, one record at a time.
 *
 * <p>{@link #merge(IndicatorAccumulator)} is associative and commutative, so a vendor can accumulate per
 * practice and combine, run over a parallel stream with {@link #collector(ReportSpec)}, or use it as the
 * combine step of a distributed engine. Medians and percentiles stay exact under merge: whole-day values
 * are kept as counts per value, not as samples. Memory grows with the number of groups and distinct
 * day values, never with the number of cases.
 *
 * <p>Every record handed in is accounted for: records whose referral date lies outside the period, and
 * empty cases, are counted in {@link IndicatorReport#excluded()}.
 *
 * <p>An accumulator is mutable and not thread-safe: give each thread its own and merge them.
 */
public final class IndicatorAccumulator {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

    private final ReportSpec spec;
    private final Map<String, Tally> groups = new TreeMap<>();
    private final Tally total = new Tally();
    private long excluded;

    /**
     * Creates an empty accumulator.
     *
     * @param spec what the report covers, not null
     */
    public IndicatorAccumulator(ReportSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    /**
     * Returns a collector that accumulates cases into a report; it may run in parallel.
     *
     * @param spec what the report covers, not null
     * @return the collector
     */
    public static Collector<Case, IndicatorAccumulator, IndicatorReport> collector(ReportSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return Collector.of(() -> new IndicatorAccumulator(spec), IndicatorAccumulator::add, IndicatorAccumulator::merge,
                IndicatorAccumulator::result, Collector.Characteristics.UNORDERED);
    }

    /**
     * Adds a case without GP visit counts after the referral.
     *
     * @param c the case, not null
     * @return this accumulator
     */
    public IndicatorAccumulator add(Case c) {
        return add(c, OptionalInt.empty());
    }

    /**
     * Adds a case with the number of GP visits in the 12 months after the referral, as the GP system
     * reports it; paired with the visits before the referral it feeds the GP-visit indicators.
     *
     * @param c the case, not null
     * @param gpVisitsAfter the GP visits in the 12 months after the referral, if known
     * @return this accumulator
     * @throws IllegalArgumentException if the visit count is negative
     */
    public IndicatorAccumulator add(Case c, OptionalInt gpVisitsAfter) {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(gpVisitsAfter, "gpVisitsAfter");
        if (gpVisitsAfter.isPresent() && gpVisitsAfter.getAsInt() < 0) {
            throw new IllegalArgumentException("gpVisitsAfter: must not be negative");
        }
        if (c.referral().isEmpty() || !spec.covers(c.referral().get().referralDate())) {
            excluded++;
            return this;
        }
        CaseEvent.ReferralReceived r = c.referral().get();
        String group = group(r.referralDate(), r.referrerRole(), r.practiceReference(),
                r.coachOrganisation().orElse(null), r.municipalityCode().orElse(null));
        groups.computeIfAbsent(group, g -> new Tally()).addCase(c, gpVisitsAfter, spec.deadlinePolicy(), spec.asOf());
        total.addCase(c, gpVisitsAfter, spec.deadlinePolicy(), spec.asOf());
        return this;
    }

    /**
     * Adds a referral that was not eligible.
     *
     * @param referral the ineligible referral, not null
     * @return this accumulator
     */
    public IndicatorAccumulator add(IneligibleReferral referral) {
        Objects.requireNonNull(referral, "referral");
        if (!spec.covers(referral.referralDate())) {
            excluded++;
            return this;
        }
        String group = group(referral.referralDate(), referral.referrerRole(), referral.practiceReference(), null,
                referral.municipalityCode().orElse(null));
        groups.computeIfAbsent(group, g -> new Tally()).addIneligible(referral);
        total.addIneligible(referral);
        return this;
    }

    /**
     * Adds everything another accumulator holds into this one.
     *
     * @param other an accumulator for the same specification, not null
     * @return this accumulator
     * @throws IllegalArgumentException if the other accumulator has another specification
     */
    public IndicatorAccumulator merge(IndicatorAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (!spec.equals(other.spec)) {
            throw new IllegalArgumentException("other: accumulates for another report specification");
        }
        other.groups.forEach((group, tally) -> groups.computeIfAbsent(group, g -> new Tally()).merge(tally));
        total.merge(other.total);
        excluded += other.excluded;
        return this;
    }

    /**
     * Returns the report of everything added so far; the accumulator can go on.
     *
     * @return the report: a row per group in code order, then the total row
     */
    public IndicatorReport result() {
        List<ReportRow> rows = new ArrayList<>();
        if (spec.grouping().isPresent()) {
            groups.forEach((group, tally) -> rows.add(new ReportRow(group, tally.values())));
        }
        rows.add(new ReportRow(ReportRow.TOTAL, total.values()));
        return new IndicatorReport(spec, rows, excluded);
    }

    private String group(LocalDate referralDate, ReferrerRole role, String practice, String organisation,
            String municipality) {
        if (spec.grouping().isEmpty()) {
            return ReportRow.TOTAL;
        }
        return switch (spec.grouping().get()) {
            case REFERRER_ROLE -> role.code();
            case PRACTICE -> practice;
            case COACH_ORGANISATION -> organisation == null ? "unknown" : organisation;
            case MUNICIPALITY -> municipality == null ? "unknown" : municipality;
            case MONTH -> referralDate.format(MONTH);
            case QUARTER -> referralDate.getYear() + "-Q" + ((referralDate.getMonthValue() + 2) / 3);
        };
    }
}
