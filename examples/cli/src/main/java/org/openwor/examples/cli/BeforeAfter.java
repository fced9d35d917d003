package org.openwor.examples.cli;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.openwor.core.PositiveHealthDimension;
import org.openwor.core.PositiveHealthScores;
import org.openwor.core.indicator.Indicator;
import org.openwor.core.indicator.IndicatorKey;
import org.openwor.core.indicator.IndicatorValue;
import org.openwor.core.indicator.PublishedReport;
import org.openwor.core.indicator.ReportSpec;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;
import org.openwor.json.MonitoringRecord;

/**
 * The mean levels before and after, for the page's charts: Positive Health per dimension (baseline:
 * the intake's scores, else the referrer's spider web; after: the evaluation's) and GP visits (the 12
 * months before and after the referral). The indicators publish the change; these are the same pairs
 * (the same cases, so after minus before is the published change), and a level is shown only where its
 * change is published: a hidden change hides its levels too. Two sums and a count per measure, never a
 * case.
 */
final class BeforeAfter {

    private static final int DIMENSIONS = PositiveHealthDimension.values().length;

    private final ReportSpec spec;
    private final long[] healthBefore = new long[DIMENSIONS];
    private final long[] healthAfter = new long[DIMENSIONS];
    private long healthPairs;
    private long gpBefore;
    private long gpAfter;
    private long gpPairs;

    BeforeAfter(ReportSpec spec) {
        this.spec = spec;
    }

    /** The mean before and after of one measure; empty when its change is not published. */
    record Levels(OptionalDouble before, OptionalDouble after) {
        static final Levels HIDDEN = new Levels(OptionalDouble.empty(), OptionalDouble.empty());
    }

    /**
     * Adds a record: a case in the period with both measurements; anything else counts for nothing.
     *
     * @param record the record
     */
    void add(MonitoringRecord record) {
        if (!(record instanceof MonitoringRecord.CaseRecord followed)) {
            return;
        }
        Case c = followed.value();
        Optional<CaseEvent.ReferralReceived> referral = c.referral();
        if (referral.isEmpty() || !spec.covers(referral.get().referralDate())) {
            return;
        }
        c.evaluation().flatMap(CaseEvent.EvaluationHeld::scores).ifPresent(after -> {
            Optional<PositiveHealthScores> before = c.intake().flatMap(CaseEvent.IntakeHeld::scores)
                    .or(referral.get()::baselineScores);
            before.ifPresent(baseline -> {
                for (PositiveHealthDimension d : PositiveHealthDimension.values()) {
                    healthBefore[d.ordinal()] += baseline.score(d);
                    healthAfter[d.ordinal()] += after.score(d);
                }
                healthPairs++;
            });
        });
        OptionalInt visitsBefore = referral.get().visitsLast12Months();
        if (visitsBefore.isPresent() && followed.gpVisitsAfter().isPresent()) {
            gpBefore += visitsBefore.getAsInt();
            gpAfter += followed.gpVisitsAfter().getAsInt();
            gpPairs++;
        }
    }

    /**
     * Returns the levels of a Positive Health dimension, if its change is published.
     *
     * @param total the total row of the published report
     * @param dimension the dimension
     * @return the levels
     */
    Levels health(PublishedReport.Row total, PositiveHealthDimension dimension) {
        IndicatorKey change = Indicator.POSITIVE_HEALTH_CHANGE_MEAN.keys().get(dimension.ordinal());
        return levels(total.cell(change), healthBefore[dimension.ordinal()], healthAfter[dimension.ordinal()], healthPairs);
    }

    /**
     * Returns the levels of GP visits, if their change is published.
     *
     * @param total the total row of the published report
     * @return the levels
     */
    Levels gpVisits(PublishedReport.Row total) {
        return levels(total.cell(IndicatorKey.fromCode("gp-visits-change-mean")), gpBefore, gpAfter, gpPairs);
    }

    /** The levels, only where the change over the same pairs is published. */
    private static Levels levels(Optional<IndicatorValue> change, long before, long after, long pairs) {
        boolean published = change.filter(v -> v instanceof IndicatorValue.Mean m && m.n() == pairs && pairs > 0).isPresent();
        return published ? new Levels(OptionalDouble.of((double) before / pairs), OptionalDouble.of((double) after / pairs))
                : Levels.HIDDEN;
    }
}
