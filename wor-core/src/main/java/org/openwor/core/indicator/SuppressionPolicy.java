package org.openwor.core.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Small-cell suppression for publishing indicator reports, so that no person can be singled out.
 *
 * <p>{@link #threshold(int) Threshold k} (default k = 10):
 * <ul>
 *   <li>a count from 1 to k-1 is hidden (0 is shown);</li>
 *   <li>a share is hidden when its numerator, its denominator or their difference lies in 1..k-1;</li>
 *   <li>a mean or quantile over fewer than k values is hidden;</li>
 *   <li>derived differences: when referrals minus cases (the ineligible referrals) lies in 1..k-1, the
 *       referral count of that row is hidden;</li>
 *   <li>secondary suppression: counts and shares add up over the group rows to the total row, so when
 *       exactly one group cell of a column is hidden, the smallest other shown group cell is hidden too
 *       (and with a single group, the total), so no hidden cell can be recomputed from the total.</li>
 * </ul>
 * {@link #nhsDigital() NHS Digital style}: counts from 1 to 7 are hidden ({@code *}), every other count
 * (and each share's numerator and denominator) is rounded to the nearest 5; means and quantiles over
 * fewer than 8 values are hidden. Rounding makes totals useless for recomputing hidden cells, so no
 * secondary suppression is applied.
 *
 * @param mode the style
 * @param k the smallest count that is shown (in NHS style 8)
 */
public record SuppressionPolicy(Mode mode, int k) {

    /** The style of suppression. */
    public enum Mode {
        /** Hide counts below k, with secondary suppression. */
        THRESHOLD,
        /** Hide 1–7, round the rest to 5 (NHS Digital). */
        NHS_DIGITAL
    }

    /**
     * Creates a policy.
     *
     * @param mode the style, not null
     * @param k the threshold, at least 2
     * @throws IllegalArgumentException if k is below 2
     */
    public SuppressionPolicy {
        Objects.requireNonNull(mode, "mode");
        if (k < 2) {
            throw new IllegalArgumentException("k: a suppression threshold is at least 2");
        }
    }

    /**
     * Returns the default policy: threshold 10 with secondary suppression.
     *
     * @return the default policy
     */
    public static SuppressionPolicy defaults() {
        return threshold(10);
    }

    /**
     * Returns a threshold policy.
     *
     * @param k the smallest count shown, at least 2
     * @return the policy
     */
    public static SuppressionPolicy threshold(int k) {
        return new SuppressionPolicy(Mode.THRESHOLD, k);
    }

    /**
     * Returns the NHS Digital style: 1–7 hidden, other counts rounded to the nearest 5.
     *
     * @return the policy
     */
    public static SuppressionPolicy nhsDigital() {
        return new SuppressionPolicy(Mode.NHS_DIGITAL, 8);
    }

    PublishedReport apply(IndicatorReport report) {
        List<Map<IndicatorKey, Optional<IndicatorValue>>> cells = new ArrayList<>();
        for (ReportRow row : report.rows()) {
            Map<IndicatorKey, Optional<IndicatorValue>> published = new HashMap<>();
            row.values().forEach((key, value) -> published.put(key, primary(value)));
            IndicatorValue referrals = row.value(Indicator.REFERRALS);
            IndicatorValue cases = row.value(Indicator.CASES);
            if (mode == Mode.THRESHOLD && small(referrals.base() - cases.base())) {
                published.put(IndicatorKey.of(Indicator.REFERRALS), Optional.empty());
            }
            cells.add(published);
        }
        if (mode == Mode.THRESHOLD) {
            secondary(report, cells);
        }
        List<PublishedReport.Row> rows = new ArrayList<>();
        for (int i = 0; i < report.rows().size(); i++) {
            rows.add(new PublishedReport.Row(report.rows().get(i).group(), new TreeMap<>(cells.get(i))));
        }
        return new PublishedReport(report.spec(), this, rows);
    }

    private boolean small(long count) {
        return count >= 1 && count < k;
    }

    private Optional<IndicatorValue> primary(IndicatorValue value) {
        if (value instanceof IndicatorValue.Count c) {
            return small(c.count()) ? Optional.empty() : Optional.of(new IndicatorValue.Count(round(c.count())));
        }
        if (value instanceof IndicatorValue.Share s) {
            if (small(s.numerator()) || small(s.denominator()) || small(s.denominator() - s.numerator())) {
                return Optional.empty();
            }
            long numerator = round(s.numerator());
            long denominator = round(s.denominator());
            return Optional.of(new IndicatorValue.Share(Math.min(numerator, denominator), denominator));
        }
        return value.base() < k ? Optional.empty() : Optional.of(value);
    }

    private long round(long count) {
        return mode == Mode.NHS_DIGITAL ? Math.round(count / 5.0) * 5 : count;
    }

    /** Hides a second group cell wherever exactly one group cell of an additive column is hidden. */
    private static void secondary(IndicatorReport report, List<Map<IndicatorKey, Optional<IndicatorValue>>> cells) {
        int groups = report.rows().size() - 1;
        if (groups == 0) {
            return;
        }
        int total = groups;
        for (IndicatorKey key : report.total().values().keySet()) {
            Indicator.Kind kind = key.indicator().kind();
            if (kind != Indicator.Kind.COUNT && kind != Indicator.Kind.SHARE) {
                continue;
            }
            List<Integer> hidden = new ArrayList<>();
            List<Integer> shown = new ArrayList<>();
            for (int i = 0; i < groups; i++) {
                (cells.get(i).get(key).isEmpty() ? hidden : shown).add(i);
            }
            if (hidden.size() != 1 || cells.get(total).get(key).isEmpty()) {
                continue;
            }
            if (shown.isEmpty()) {
                cells.get(total).put(key, Optional.empty());
            } else {
                int smallest = shown.stream().min(Comparator.comparingLong((Integer i) -> report.rows().get(i).value(key)
                        .base()).thenComparing(i -> report.rows().get(i).group())).orElseThrow();
                cells.get(smallest).put(key, Optional.empty());
            }
        }
    }
}
