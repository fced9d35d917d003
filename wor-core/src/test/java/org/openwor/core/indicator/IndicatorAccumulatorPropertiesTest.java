package org.openwor.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.openwor.core.ReferrerRole;
import org.openwor.core.eligibility.IneligibilityReason;
import org.openwor.core.testing.CaseArbitraries;
import org.openwor.core.workflow.Case;

/** Properties of the accumulator (merge laws, order independence) and of suppression. */
class IndicatorAccumulatorPropertiesTest {

    /** One record handed to the accumulator: a case with optional GP visits after, or an ineligible referral. */
    record Item(Case c, OptionalInt gpAfter, IneligibleReferral ineligible) {
        void addTo(IndicatorAccumulator acc) {
            if (c != null) {
                acc.add(c, gpAfter);
            } else {
                acc.add(ineligible);
            }
        }
    }

    static Arbitrary<IneligibleReferral> ineligibles() {
        return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.of(ReferrerRole.class),
                        Arbitraries.integers().between(1, 4), Arbitraries.of(IneligibilityReason.class).set().ofMinSize(1))
                .as((day, role, practice, reasons) -> IneligibleReferral.builder()
                        .referralDate(LocalDate.of(2024, 1, 1).plusDays(day)).referrerRole(role)
                        .practiceReference("practice-" + practice).municipalityCode(Optional.of("GM0687"))
                        .addAllReasons(reasons.stream().sorted().toList()).build());
    }

    @Provide
    Arbitrary<List<Item>> items() {
        Arbitrary<Item> caseItem = Combinators.combine(CaseArbitraries.cases(),
                Arbitraries.integers().between(0, 30).optional(0.6))
                .as((c, gp) -> new Item(c, gp.map(OptionalInt::of).orElse(OptionalInt.empty()), null));
        Arbitrary<Item> ineligibleItem = ineligibles().map(r -> new Item(null, OptionalInt.empty(), r));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, caseItem), net.jqwik.api.Tuple.of(1, ineligibleItem))
                .list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<ReportSpec> specs() {
        return Combinators.combine(Arbitraries.integers().between(0, 500), Arbitraries.integers().between(0, 700),
                        Arbitraries.of(Grouping.class).optional(0.8))
                .as((start, length, grouping) -> ReportSpec.builder().from(LocalDate.of(2024, 1, 1).plusDays(start))
                        .to(LocalDate.of(2024, 1, 1).plusDays(start + length))
                        .asOf(LocalDate.of(2024, 1, 1).plusDays(start + length + 30)).grouping(grouping).build());
    }

    static IndicatorAccumulator accumulate(ReportSpec spec, List<Item> items) {
        IndicatorAccumulator acc = new IndicatorAccumulator(spec);
        items.forEach(item -> item.addTo(acc));
        return acc;
    }

    @Property(tries = 300)
    void mergingAnySplitEqualsAccumulatingTheWhole(@ForAll("specs") ReportSpec spec, @ForAll("items") List<Item> items,
            @ForAll @IntRange(min = 0, max = 60) int cut) {
        int at = Math.min(cut, items.size());
        IndicatorReport whole = accumulate(spec, items).result();
        IndicatorAccumulator left = accumulate(spec, items.subList(0, at));
        IndicatorAccumulator right = accumulate(spec, items.subList(at, items.size()));
        assertThat(accumulate(spec, items.subList(0, at)).merge(right).result()).isEqualTo(whole);
        assertThat(accumulate(spec, items.subList(at, items.size())).merge(left).result()).isEqualTo(whole);
    }

    @Property(tries = 200)
    void mergeIsAssociative(@ForAll("specs") ReportSpec spec, @ForAll("items") List<Item> a, @ForAll("items") List<Item> b,
            @ForAll("items") List<Item> c) {
        IndicatorReport leftFirst = accumulate(spec, a).merge(accumulate(spec, b)).merge(accumulate(spec, c)).result();
        IndicatorReport rightFirst = accumulate(spec, a).merge(accumulate(spec, b).merge(accumulate(spec, c))).result();
        assertThat(leftFirst).isEqualTo(rightFirst);
    }

    @Property(tries = 200)
    void resultsDoNotDependOnInputOrderAndEveryRecordIsAccountedFor(@ForAll("specs") ReportSpec spec,
            @ForAll("items") List<Item> items, @ForAll long seed) {
        List<Item> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(seed));
        IndicatorReport report = accumulate(spec, items).result();
        assertThat(accumulate(spec, shuffled).result()).isEqualTo(report);
        long counted = report.total().value(Indicator.REFERRALS).base();
        assertThat(counted + report.excluded()).isEqualTo(items.size());
        assertThat(report.groups().stream().mapToLong(r -> r.value(Indicator.REFERRALS).base()).sum())
                .isEqualTo(spec.grouping().isPresent() ? counted : 0);
        List<Case> cases = items.stream().filter(i -> i.c() != null).map(Item::c).toList();
        IndicatorReport parallel = cases.parallelStream().collect(IndicatorAccumulator.collector(spec));
        IndicatorAccumulator sequential = new IndicatorAccumulator(spec);
        cases.forEach(sequential::add);
        assertThat(parallel).isEqualTo(sequential.result());
    }

    @Property(tries = 200)
    void everyShareHasItsNumeratorWithinItsDenominator(@ForAll("specs") ReportSpec spec, @ForAll("items") List<Item> items) {
        for (ReportRow row : accumulate(spec, items).result().rows()) {
            row.values().values().forEach(value -> {
                if (value instanceof IndicatorValue.Share share) {
                    assertThat(share.numerator()).isBetween(0L, share.denominator());
                }
            });
        }
    }

    @Property(tries = 300)
    void aSuppressedReportNeverShowsASmallCountAndNoHiddenCellFollowsFromTheTotal(@ForAll("specs") ReportSpec spec,
            @ForAll("items") List<Item> items, @ForAll @IntRange(min = 2, max = 12) int k) {
        IndicatorReport report = accumulate(spec, items).result();
        PublishedReport published = report.publish(SuppressionPolicy.threshold(k));
        for (PublishedReport.Row row : published.rows()) {
            row.cells().forEach((key, cell) -> cell.ifPresent(value -> {
                if (value instanceof IndicatorValue.Count count) {
                    assertThat(count.count() == 0 || count.count() >= k).as("%s shows %s", key, count).isTrue();
                } else if (value instanceof IndicatorValue.Share share) {
                    for (long part : new long[] {share.numerator(), share.denominator(),
                        share.denominator() - share.numerator()}) {
                        assertThat(part == 0 || part >= k).as("%s shows %s", key, share).isTrue();
                    }
                } else {
                    assertThat(value.base()).isGreaterThanOrEqualTo(k);
                }
            }));
        }
        List<PublishedReport.Row> groups = published.rows().subList(0, published.rows().size() - 1);
        PublishedReport.Row total = published.rows().get(published.rows().size() - 1);
        if (!groups.isEmpty()) {
            for (IndicatorKey key : total.cells().keySet()) {
                Indicator.Kind kind = key.indicator().kind();
                if (kind == Indicator.Kind.COUNT || kind == Indicator.Kind.SHARE) {
                    long hidden = groups.stream().filter(row -> row.cell(key).isEmpty()).count();
                    assertThat(hidden != 1 || total.cell(key).isEmpty())
                            .as("a single hidden cell in column %s could be recomputed from the total", key).isTrue();
                }
            }
        }
    }

    @Property(tries = 200)
    void nhsStyleHidesOneToSevenAndRoundsTheRestToFive(@ForAll("specs") ReportSpec spec, @ForAll("items") List<Item> items) {
        PublishedReport published = accumulate(spec, items).result().publish(SuppressionPolicy.nhsDigital());
        for (PublishedReport.Row row : published.rows()) {
            row.cells().values().forEach(cell -> cell.ifPresent(value -> {
                if (value instanceof IndicatorValue.Count count) {
                    assertThat(count.count() % 5).isZero();
                }
            }));
        }
    }
}
