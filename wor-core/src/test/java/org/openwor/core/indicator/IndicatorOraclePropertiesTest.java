package org.openwor.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.openwor.core.PositiveHealthDimension;
import org.openwor.core.PositiveHealthScores;
import org.openwor.core.ReferrerRole;
import org.openwor.core.eligibility.IneligibilityReason;
import org.openwor.core.indicator.IndicatorAccumulatorPropertiesTest.Item;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;

/**
 * The indicators and their publication checked against oracles written from the definitions alone: the
 * exact median and 90th percentile of a sorted sample, the paired outcome indicators recomputed from the
 * records, and the cells each suppression policy may show, recomputed cell by cell from its documented
 * rules. Where {@link IndicatorAccumulatorPropertiesTest} checks what must never happen, these check that
 * the right figure is there.
 */
class IndicatorOraclePropertiesTest {

    private final IndicatorAccumulatorPropertiesTest records = new IndicatorAccumulatorPropertiesTest();

    @Provide
    Arbitrary<List<Item>> items() {
        return records.items();
    }

    @Provide
    Arbitrary<ReportSpec> specs() {
        return records.specs();
    }

    @Provide
    Arbitrary<List<Integer>> days() {
        return Arbitraries.integers().between(-40, 120).list().ofMinSize(1).ofMaxSize(200);
    }

    private static TreeMap<Integer, Long> histogram(List<Integer> sample) {
        TreeMap<Integer, Long> histogram = new TreeMap<>();
        sample.forEach(day -> histogram.merge(day, 1L, Long::sum));
        return histogram;
    }

    private static double sortedMedian(List<Integer> sample) {
        List<Integer> sorted = sample.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    @Property(tries = 500)
    void theMedianIsThatOfTheSortedSample(@ForAll("days") List<Integer> sample) {
        assertThat(Tally.median(histogram(sample))).isEqualTo(new IndicatorValue.Quantile(sortedMedian(sample), sample.size()));
    }

    @Property(tries = 500)
    void theNinetiethPercentileIsTheNearestRankOfTheSortedSample(@ForAll("days") List<Integer> sample,
            @ForAll @IntRange(min = 1, max = 100) int percent) {
        List<Integer> sorted = sample.stream().sorted().toList();
        int rank = 1; // nearest rank: the smallest rank r with r / n >= percent / 100
        while (100 * rank < percent * sorted.size()) {
            rank++;
        }
        assertThat(Tally.nearestRank(histogram(sample), percent))
                .isEqualTo(new IndicatorValue.Quantile(sorted.get(rank - 1), sample.size()));
    }

    @Example
    void anEmptySampleHasNoMedian() {
        assertThat(Tally.median(new TreeMap<>()).n()).isZero();
        assertThat(Tally.median(new TreeMap<>()).value()).isNaN();
    }

    /**
     * GP visits and Positive Health over paired measurements only, recomputed from the records; the report
     * comes from two accumulators merged, so the merge of every sum is checked too.
     */
    @Property(tries = 300)
    void pairedOutcomesEqualTheirDefinitions(@ForAll("specs") ReportSpec spec, @ForAll("items") List<Item> items,
            @ForAll @IntRange(min = 0, max = 60) int split) {
        int at = Math.min(split, items.size());
        IndicatorAccumulator first = new IndicatorAccumulator(spec);
        IndicatorAccumulator second = new IndicatorAccumulator(spec);
        items.subList(0, at).forEach(item -> item.addTo(first));
        items.subList(at, items.size()).forEach(item -> item.addTo(second));
        ReportRow total = first.merge(second).result().total();

        List<Integer> gpChanges = new ArrayList<>();
        Map<PositiveHealthDimension, List<Integer>> healthChanges = new HashMap<>();
        for (Item item : items) {
            Case c = item.c();
            if (c == null || c.referral().isEmpty() || !spec.covers(c.referral().get().referralDate())) {
                continue;
            }
            CaseEvent.ReferralReceived referral = c.referral().get();
            if (referral.visitsLast12Months().isPresent() && item.gpAfter().isPresent()) {
                gpChanges.add(item.gpAfter().getAsInt() - referral.visitsLast12Months().getAsInt());
            }
            Optional<PositiveHealthScores> before = c.intake().flatMap(CaseEvent.IntakeHeld::scores)
                    .or(referral::baselineScores);
            Optional<PositiveHealthScores> after = c.evaluation().flatMap(CaseEvent.EvaluationHeld::scores);
            if (before.isPresent() && after.isPresent()) {
                for (PositiveHealthDimension d : PositiveHealthDimension.values()) {
                    healthChanges.computeIfAbsent(d, x -> new ArrayList<>())
                            .add(after.get().score(d) - before.get().score(d));
                }
            }
        }

        assertThat(total.value(Indicator.GP_VISITS_CHANGE_MEAN)).isEqualTo(
                new IndicatorValue.Mean(gpChanges.stream().mapToLong(Integer::longValue).sum(), gpChanges.size()));
        assertThat(total.value(Indicator.GP_VISITS_REDUCED)).isEqualTo(
                new IndicatorValue.Share(gpChanges.stream().filter(change -> change < 0).count(), gpChanges.size()));
        assertThat(total.value(Indicator.GP_VISITS_CHANGE_MEDIAN)).isEqualTo(gpChanges.isEmpty()
                ? new IndicatorValue.Quantile(Double.NaN, 0)
                : new IndicatorValue.Quantile(sortedMedian(gpChanges), gpChanges.size()));
        for (PositiveHealthDimension d : PositiveHealthDimension.values()) {
            List<Integer> changes = healthChanges.getOrDefault(d, List.of());
            assertThat(total.value(IndicatorKey.of(Indicator.POSITIVE_HEALTH_CHANGE_MEAN, d))).isEqualTo(
                    new IndicatorValue.Mean(changes.stream().mapToLong(Integer::longValue).sum(), changes.size()));
            assertThat(total.value(IndicatorKey.of(Indicator.POSITIVE_HEALTH_IMPROVED, d))).isEqualTo(
                    new IndicatorValue.Share(changes.stream().filter(change -> change > 0).count(), changes.size()));
        }
    }

    private static boolean small(long count, int k) {
        return count >= 1 && count < k;
    }

    /** The primary rule of the policy's Javadoc for one cell: is it hidden on its own figures? */
    private static boolean primarilyHidden(IndicatorValue value, int k) {
        if (value instanceof IndicatorValue.Count count) {
            return small(count.count(), k);
        }
        if (value instanceof IndicatorValue.Share share) {
            return small(share.numerator(), k) || small(share.denominator(), k)
                    || small(share.denominator() - share.numerator(), k);
        }
        return value.base() < k;
    }

    /**
     * Threshold k, cell by cell: a cell is hidden by its own figures, by the referrals-minus-cases difference,
     * or as the one secondary cell of an additive column that would otherwise give a single hidden group cell
     * away (the smallest other shown group cell, or the total when there is no other group); every other cell
     * is shown with exactly its figure.
     */
    @Property(tries = 300)
    void thresholdSuppressionShowsExactlyWhatItsRulesAllow(@ForAll("specs") ReportSpec spec,
            @ForAll("items") List<Item> items, @ForAll @IntRange(min = 2, max = 12) int k) {
        IndicatorReport report = IndicatorAccumulatorPropertiesTest.accumulate(spec, items).result();
        List<ReportRow> rows = report.rows();
        List<Map<IndicatorKey, Boolean>> hidden = new ArrayList<>();
        for (ReportRow row : rows) {
            Map<IndicatorKey, Boolean> cells = new HashMap<>();
            row.values().forEach((key, value) -> cells.put(key, primarilyHidden(value, k)));
            long ineligible = row.value(Indicator.REFERRALS).base() - row.value(Indicator.CASES).base();
            if (small(ineligible, k)) {
                cells.put(IndicatorKey.of(Indicator.REFERRALS), true);
            }
            hidden.add(cells);
        }
        int groups = rows.size() - 1;
        if (groups > 0) {
            for (IndicatorKey key : report.total().values().keySet()) {
                Indicator.Kind kind = key.indicator().kind();
                if (kind != Indicator.Kind.COUNT && kind != Indicator.Kind.SHARE) {
                    continue;
                }
                List<Integer> hiddenGroups = new ArrayList<>();
                List<Integer> shownGroups = new ArrayList<>();
                for (int i = 0; i < groups; i++) {
                    (hidden.get(i).get(key) ? hiddenGroups : shownGroups).add(i);
                }
                if (hiddenGroups.size() == 1 && !hidden.get(groups).get(key)) {
                    int second = shownGroups.stream().min(Comparator.<Integer>comparingLong(i -> rows.get(i).value(key).base())
                            .thenComparing(i -> rows.get(i).group())).orElse(groups);
                    hidden.get(second).put(key, true);
                }
            }
        }

        PublishedReport published = report.publish(SuppressionPolicy.threshold(k));
        assertThat(published.rows()).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            ReportRow row = rows.get(i);
            PublishedReport.Row shown = published.rows().get(i);
            assertThat(shown.group()).isEqualTo(row.group());
            assertThat(shown.cells().keySet()).isEqualTo(row.values().keySet());
            for (Map.Entry<IndicatorKey, IndicatorValue> cell : row.values().entrySet()) {
                Optional<IndicatorValue> expected = hidden.get(i).get(cell.getKey()) ? Optional.empty()
                        : Optional.of(cell.getValue());
                assertThat(shown.cell(cell.getKey())).as("%s in %s", cell.getKey(), row.group()).isEqualTo(expected);
            }
        }
    }

    private static long nearestFive(long count) {
        return (count + 2) / 5 * 5;
    }

    /** NHS Digital style, cell by cell: 1–7 hidden, counts and share parts rounded to the nearest 5, statistics over fewer than 8 hidden. */
    @Property(tries = 300)
    void nhsStyleShowsEveryOtherCellRoundedToTheNearestFive(@ForAll("specs") ReportSpec spec,
            @ForAll("items") List<Item> items) {
        IndicatorReport report = IndicatorAccumulatorPropertiesTest.accumulate(spec, items).result();
        PublishedReport published = report.publish(SuppressionPolicy.nhsDigital());
        for (int i = 0; i < report.rows().size(); i++) {
            ReportRow row = report.rows().get(i);
            for (Map.Entry<IndicatorKey, IndicatorValue> cell : row.values().entrySet()) {
                IndicatorValue value = cell.getValue();
                Optional<IndicatorValue> expected;
                if (primarilyHidden(value, 8)) {
                    expected = Optional.empty();
                } else if (value instanceof IndicatorValue.Count count) {
                    expected = Optional.of(new IndicatorValue.Count(nearestFive(count.count())));
                } else if (value instanceof IndicatorValue.Share share) {
                    long denominator = nearestFive(share.denominator());
                    expected = Optional.of(new IndicatorValue.Share(
                            Math.min(nearestFive(share.numerator()), denominator), denominator));
                } else {
                    expected = Optional.of(value);
                }
                assertThat(published.rows().get(i).cell(cell.getKey())).as("%s in %s", cell.getKey(), row.group())
                        .isEqualTo(expected);
            }
        }
    }

    /** The group of a record by the definition of each grouping, with "unknown" for a missing code. */
    private static String groupOf(Grouping grouping, LocalDate date, ReferrerRole role, String practice,
            Optional<String> organisation, Optional<String> municipality) {
        return switch (grouping) {
            case REFERRER_ROLE -> role.code();
            case PRACTICE -> practice;
            case COACH_ORGANISATION -> organisation.orElse("unknown");
            case MUNICIPALITY -> municipality.orElse("unknown");
            case MONTH -> YearMonth.from(date).toString();
            case QUARTER -> date.getYear() + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
        };
    }

    @Provide
    Arbitrary<List<IneligibleReferral>> withoutMunicipality() {
        return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.of(ReferrerRole.class),
                        Arbitraries.of(IneligibilityReason.class))
                .as((day, role, reason) -> IneligibleReferral.builder().referralDate(LocalDate.of(2024, 1, 1).plusDays(day))
                        .referrerRole(role).practiceReference("practice-9").addReasons(reason).build())
                .list().ofMaxSize(8);
    }

    /**
     * Which records count and where: every record referred in the period counts once in the total and in
     * the group its grouping gives it, every other record is excluded, and nothing is lost.
     */
    @Property(tries = 300)
    void everyRecordCountsOnceInItsGroupOrIsExcluded(@ForAll("specs") ReportSpec spec, @ForAll("items") List<Item> items,
            @ForAll("withoutMunicipality") List<IneligibleReferral> more) {
        IndicatorAccumulator accumulator = IndicatorAccumulatorPropertiesTest.accumulate(spec, items);
        more.forEach(accumulator::add);
        IndicatorReport report = accumulator.result();

        Map<String, Long> referrals = new TreeMap<>();
        Map<String, Long> cases = new TreeMap<>();
        long excluded = 0;
        List<IneligibleReferral> ineligible = new ArrayList<>(more);
        for (Item item : items) {
            if (item.c() == null) {
                ineligible.add(item.ineligible());
            } else if (item.c().referral().isEmpty() || !spec.covers(item.c().referral().get().referralDate())) {
                excluded++;
            } else {
                CaseEvent.ReferralReceived r = item.c().referral().get();
                String group = spec.grouping().map(g -> groupOf(g, r.referralDate(), r.referrerRole(),
                        r.practiceReference(), r.coachOrganisation(), r.municipalityCode())).orElse(ReportRow.TOTAL);
                referrals.merge(group, 1L, Long::sum);
                cases.merge(group, 1L, Long::sum);
            }
        }
        for (IneligibleReferral r : ineligible) {
            if (!spec.covers(r.referralDate())) {
                excluded++;
                continue;
            }
            String group = spec.grouping().map(g -> groupOf(g, r.referralDate(), r.referrerRole(),
                    r.practiceReference(), Optional.empty(), r.municipalityCode())).orElse(ReportRow.TOTAL);
            referrals.merge(group, 1L, Long::sum);
        }

        assertThat(report.excluded()).isEqualTo(excluded);
        List<ReportRow> groups = report.rows().subList(0, report.rows().size() - 1);
        if (spec.grouping().isPresent()) {
            assertThat(groups).extracting(ReportRow::group).containsExactlyElementsOf(referrals.keySet());
            for (ReportRow row : groups) {
                assertThat(row.value(Indicator.REFERRALS)).as(row.group())
                        .isEqualTo(new IndicatorValue.Count(referrals.get(row.group())));
                assertThat(row.value(Indicator.CASES)).as(row.group())
                        .isEqualTo(new IndicatorValue.Count(cases.getOrDefault(row.group(), 0L)));
            }
        } else {
            assertThat(groups).isEmpty();
        }
        assertThat(report.total().group()).isEqualTo(ReportRow.TOTAL);
        assertThat(report.total().isTotal()).isTrue();
        assertThat(groups).noneMatch(ReportRow::isTotal);
        assertThat(report.total().value(Indicator.REFERRALS))
                .isEqualTo(new IndicatorValue.Count(referrals.values().stream().mapToLong(Long::longValue).sum()));
        assertThat(report.total().value(Indicator.CASES))
                .isEqualTo(new IndicatorValue.Count(cases.values().stream().mapToLong(Long::longValue).sum()));
    }
}
