package org.openwor.core.indicator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import org.openwor.core.PositiveHealthDimension;
import org.openwor.core.PositiveHealthScores;
import org.openwor.core.deadline.Deadline;
import org.openwor.core.deadline.DeadlineKind;
import org.openwor.core.deadline.DeadlinePolicy;
import org.openwor.core.deadline.DeadlineStatus;
import org.openwor.core.eligibility.IneligibilityReason;
import org.openwor.core.workflow.ActivityCategory;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;
import org.openwor.core.workflow.ClosureReason;
import org.openwor.core.workflow.OtherTrackKind;
import org.openwor.core.workflow.TrackTiming;

/**
 * The running counts of one row of a report. Its size does not grow with the number of cases: counters,
 * and histograms of whole-day values whose number of distinct keys is bounded by the spread of the values.
 * Merging adds every counter and histogram, so it is associative and commutative. Not thread-safe.
 */
final class Tally {

    private static final int DIMENSIONS = PositiveHealthDimension.values().length;

    long notEligible;
    final long[] reasons = new long[IneligibilityReason.values().length];
    long cases;
    long frequent;
    long contacted;
    long firstContactOnTime;
    long firstContactDecided;
    final NavigableMap<Integer, Long> daysToContact = new TreeMap<>();
    long unreachable;
    long intakes;
    final long[] otherTrackFirst = new long[OtherTrackKind.values().length];
    long activityMatched;
    final long[] categories = new long[ActivityCategory.values().length];
    long evaluations;
    long continued;
    long evaluationOnTime;
    long evaluationDecided;
    long feedbackOnTime;
    long feedbackDecided;
    final long[] healthSum = new long[DIMENSIONS];
    final long[] healthPairs = new long[DIMENSIONS];
    final long[] healthImproved = new long[DIMENSIONS];
    long gpSum;
    long gpPairs;
    long gpReduced;
    final NavigableMap<Integer, Long> gpChange = new TreeMap<>();
    final long[] closures = new long[ClosureReason.values().length];
    final NavigableMap<Integer, Long> caseLength = new TreeMap<>();

    void addIneligible(IneligibleReferral referral) {
        notEligible++;
        referral.reasons().forEach(reason -> reasons[reason.ordinal()]++);
    }

    void addCase(Case c, OptionalInt gpVisitsAfter, DeadlinePolicy policy, LocalDate asOf) {
        CaseEvent.ReferralReceived referral = c.referral().orElseThrow();
        LocalDate referralDate = referral.referralDate();
        cases++;
        if (referral.frequentAttender()) {
            frequent++;
        }
        c.firstContactDate().ifPresent(date -> {
            contacted++;
            daysToContact.merge(days(referralDate, date), 1L, Long::sum);
        });
        for (Deadline deadline : policy.deadlines(c, asOf)) {
            boolean decided = deadline.status() == DeadlineStatus.MET || deadline.status() == DeadlineStatus.MET_LATE
                    || deadline.status() == DeadlineStatus.OVERDUE;
            boolean onTime = deadline.status() == DeadlineStatus.MET;
            if (deadline.kind() == DeadlineKind.FIRST_CONTACT) {
                firstContactDecided += decided ? 1 : 0;
                firstContactOnTime += onTime ? 1 : 0;
            } else if (deadline.kind() == DeadlineKind.EVALUATION) {
                evaluationDecided += decided ? 1 : 0;
                evaluationOnTime += onTime ? 1 : 0;
            } else {
                feedbackDecided += decided ? 1 : 0;
                feedbackOnTime += onTime ? 1 : 0;
            }
        }
        c.intake().ifPresent(intake -> {
            intakes++;
            intake.otherTracks().forEach((kind, timing) -> {
                if (timing == TrackTiming.BEFORE) {
                    otherTrackFirst[kind.ordinal()]++;
                }
            });
        });
        if (!c.activities().isEmpty()) {
            activityMatched++;
        }
        c.activities().forEach(activity -> categories[activity.category().ordinal()]++);
        c.evaluation().ifPresent(evaluation -> {
            evaluations++;
            if (evaluation.continuedParticipation()) {
                continued++;
            }
            PositiveHealthScores baseline = c.intake().flatMap(CaseEvent.IntakeHeld::scores)
                    .or(referral::baselineScores).orElse(null);
            if (baseline != null && evaluation.scores().isPresent()) {
                for (PositiveHealthDimension dimension : PositiveHealthDimension.values()) {
                    int change = evaluation.scores().get().score(dimension) - baseline.score(dimension);
                    healthSum[dimension.ordinal()] += change;
                    healthPairs[dimension.ordinal()]++;
                    healthImproved[dimension.ordinal()] += change > 0 ? 1 : 0;
                }
            }
        });
        if (referral.visitsLast12Months().isPresent() && gpVisitsAfter.isPresent()) {
            int change = gpVisitsAfter.getAsInt() - referral.visitsLast12Months().getAsInt();
            gpSum += change;
            gpPairs++;
            gpReduced += change < 0 ? 1 : 0;
            gpChange.merge(change, 1L, Long::sum);
        }
        c.closure().ifPresent(closure -> {
            closures[closure.reason().ordinal()]++;
            if (closure.reason() == ClosureReason.UNREACHABLE) {
                unreachable++;
            }
        });
        c.endDate().ifPresent(end -> caseLength.merge(days(referralDate, end), 1L, Long::sum));
    }

    private static int days(LocalDate from, LocalDate to) {
        return Math.toIntExact(ChronoUnit.DAYS.between(from, to));
    }

    void merge(Tally o) {
        notEligible += o.notEligible;
        add(reasons, o.reasons);
        cases += o.cases;
        frequent += o.frequent;
        contacted += o.contacted;
        firstContactOnTime += o.firstContactOnTime;
        firstContactDecided += o.firstContactDecided;
        merge(daysToContact, o.daysToContact);
        unreachable += o.unreachable;
        intakes += o.intakes;
        add(otherTrackFirst, o.otherTrackFirst);
        activityMatched += o.activityMatched;
        add(categories, o.categories);
        evaluations += o.evaluations;
        continued += o.continued;
        evaluationOnTime += o.evaluationOnTime;
        evaluationDecided += o.evaluationDecided;
        feedbackOnTime += o.feedbackOnTime;
        feedbackDecided += o.feedbackDecided;
        add(healthSum, o.healthSum);
        add(healthPairs, o.healthPairs);
        add(healthImproved, o.healthImproved);
        gpSum += o.gpSum;
        gpPairs += o.gpPairs;
        gpReduced += o.gpReduced;
        merge(gpChange, o.gpChange);
        add(closures, o.closures);
        merge(caseLength, o.caseLength);
    }

    private static void add(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    private static void merge(Map<Integer, Long> into, Map<Integer, Long> from) {
        from.forEach((value, count) -> into.merge(value, count, Long::sum));
    }

    /** Returns every indicator of this row. */
    SortedMap<IndicatorKey, IndicatorValue> values() {
        SortedMap<IndicatorKey, IndicatorValue> v = new TreeMap<>();
        v.put(IndicatorKey.of(Indicator.REFERRALS), new IndicatorValue.Count(cases + notEligible));
        each(v, Indicator.NOT_ELIGIBLE_BY_REASON, i -> new IndicatorValue.Count(reasons[i]));
        v.put(IndicatorKey.of(Indicator.CASES), new IndicatorValue.Count(cases));
        v.put(IndicatorKey.of(Indicator.FREQUENT_ATTENDERS), new IndicatorValue.Share(frequent, cases));
        v.put(IndicatorKey.of(Indicator.CONTACTED), new IndicatorValue.Share(contacted, cases));
        v.put(IndicatorKey.of(Indicator.FIRST_CONTACT_ON_TIME),
                new IndicatorValue.Share(firstContactOnTime, firstContactDecided));
        v.put(IndicatorKey.of(Indicator.DAYS_TO_FIRST_CONTACT_MEDIAN), median(daysToContact));
        v.put(IndicatorKey.of(Indicator.DAYS_TO_FIRST_CONTACT_P90), nearestRank(daysToContact, 90));
        v.put(IndicatorKey.of(Indicator.UNREACHABLE), new IndicatorValue.Share(unreachable, cases));
        v.put(IndicatorKey.of(Indicator.INTAKE_HELD), new IndicatorValue.Share(intakes, cases));
        each(v, Indicator.OTHER_TRACK_FIRST, i -> new IndicatorValue.Share(otherTrackFirst[i], intakes));
        v.put(IndicatorKey.of(Indicator.ACTIVITY_MATCHED), new IndicatorValue.Share(activityMatched, intakes));
        each(v, Indicator.ACTIVITY_CATEGORY, i -> new IndicatorValue.Count(categories[i]));
        v.put(IndicatorKey.of(Indicator.EVALUATION_HELD), new IndicatorValue.Share(evaluations, cases));
        v.put(IndicatorKey.of(Indicator.CONTINUED_PARTICIPATION), new IndicatorValue.Share(continued, evaluations));
        v.put(IndicatorKey.of(Indicator.EVALUATION_ON_TIME), new IndicatorValue.Share(evaluationOnTime, evaluationDecided));
        v.put(IndicatorKey.of(Indicator.FEEDBACK_ON_TIME), new IndicatorValue.Share(feedbackOnTime, feedbackDecided));
        each(v, Indicator.POSITIVE_HEALTH_CHANGE_MEAN, i -> new IndicatorValue.Mean(healthSum[i], healthPairs[i]));
        each(v, Indicator.POSITIVE_HEALTH_IMPROVED, i -> new IndicatorValue.Share(healthImproved[i], healthPairs[i]));
        v.put(IndicatorKey.of(Indicator.GP_VISITS_CHANGE_MEAN), new IndicatorValue.Mean(gpSum, gpPairs));
        v.put(IndicatorKey.of(Indicator.GP_VISITS_CHANGE_MEDIAN), median(gpChange));
        v.put(IndicatorKey.of(Indicator.GP_VISITS_REDUCED), new IndicatorValue.Share(gpReduced, gpPairs));
        each(v, Indicator.CLOSURE_REASON, i -> new IndicatorValue.Count(closures[i]));
        v.put(IndicatorKey.of(Indicator.CASE_LENGTH_MEDIAN), median(caseLength));
        return v;
    }

    private static void each(Map<IndicatorKey, IndicatorValue> v, Indicator indicator,
            java.util.function.IntFunction<IndicatorValue> value) {
        var keys = indicator.keys();
        for (int i = 0; i < keys.size(); i++) {
            v.put(keys.get(i), value.apply(i));
        }
    }

    /** The value at a 1-based rank in a histogram. */
    private static int atRank(NavigableMap<Integer, Long> histogram, long rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : histogram.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("rank beyond the histogram");
    }

    private static long size(NavigableMap<Integer, Long> histogram) {
        return histogram.values().stream().mapToLong(Long::longValue).sum();
    }

    static IndicatorValue.Quantile median(NavigableMap<Integer, Long> histogram) {
        long n = size(histogram);
        if (n == 0) {
            return new IndicatorValue.Quantile(Double.NaN, 0);
        }
        if (n % 2 == 1) {
            return new IndicatorValue.Quantile(atRank(histogram, (n + 1) / 2), n);
        }
        return new IndicatorValue.Quantile((atRank(histogram, n / 2) + (double) atRank(histogram, n / 2 + 1)) / 2, n);
    }

    static IndicatorValue.Quantile nearestRank(NavigableMap<Integer, Long> histogram, int percent) {
        long n = size(histogram);
        if (n == 0) {
            return new IndicatorValue.Quantile(Double.NaN, 0);
        }
        long rank = Math.max(1, (percent * n + 99) / 100);
        return new IndicatorValue.Quantile(atRank(histogram, rank), n);
    }

    @Override
    public String toString() {
        return "Tally{cases=" + cases + ", notEligible=" + notEligible + ", reasons=" + Arrays.toString(reasons) + "}";
    }
}
