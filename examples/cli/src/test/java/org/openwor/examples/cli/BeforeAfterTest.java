package org.openwor.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwor.core.PositiveHealthDimension;
import org.openwor.core.indicator.Indicator;
import org.openwor.core.indicator.IndicatorAccumulator;
import org.openwor.core.indicator.IndicatorKey;
import org.openwor.core.indicator.IndicatorValue;
import org.openwor.core.indicator.PublishedReport;
import org.openwor.core.indicator.ReportSpec;
import org.openwor.core.indicator.SuppressionPolicy;
import org.openwor.examples.synthetic.SyntheticCases;
import org.openwor.json.MonitoringRecord;

/** {@link BeforeAfter}: the levels rest on the same pairs as the published change, and hide with it. */
class BeforeAfterTest {

    private static final ReportSpec SPEC = ReportSpec.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
            LocalDate.of(2026, 6, 30));

    private static List<MonitoringRecord> records(int n) {
        return SyntheticCases.generate(n, 3L, LocalDate.of(2025, 1, 1), 365, LocalDate.of(2026, 6, 30))
                .map(g -> g instanceof SyntheticCases.GeneratedCase c ? (MonitoringRecord) MonitoringRecord.of(c.c(), c.gpVisitsAfter())
                        : MonitoringRecord.of(((SyntheticCases.GeneratedIneligible) g).referral()))
                .toList();
    }

    private static PublishedReport.Row total(List<MonitoringRecord> records, BeforeAfter levels, int k) {
        IndicatorAccumulator accumulator = new IndicatorAccumulator(SPEC);
        records.forEach(r -> {
            r.addTo(accumulator);
            levels.add(r);
        });
        PublishedReport published = accumulator.result().publish(SuppressionPolicy.threshold(k));
        return published.rows().get(published.rows().size() - 1);
    }

    @Test
    void afterMinusBeforeIsThePublishedChange() {
        BeforeAfter levels = new BeforeAfter(SPEC);
        PublishedReport.Row total = total(records(800), levels, 10);
        for (PositiveHealthDimension d : PositiveHealthDimension.values()) {
            BeforeAfter.Levels l = levels.health(total, d);
            IndicatorValue.Mean change = (IndicatorValue.Mean) total.cell(Indicator.POSITIVE_HEALTH_CHANGE_MEAN.keys()
                    .get(d.ordinal())).orElseThrow();
            assertThat(l.after().getAsDouble() - l.before().getAsDouble()).isCloseTo(change.value(), within(1e-9));
        }
        BeforeAfter.Levels gp = levels.gpVisits(total);
        IndicatorValue.Mean change = (IndicatorValue.Mean) total.cell(IndicatorKey.fromCode("gp-visits-change-mean"))
                .orElseThrow();
        assertThat(gp.after().getAsDouble() - gp.before().getAsDouble()).isCloseTo(change.value(), within(1e-9));
        assertThat(gp.before().getAsDouble()).isBetween(10.0, 20.0);
    }

    @Test
    void aHiddenChangeHidesItsLevels() {
        BeforeAfter levels = new BeforeAfter(SPEC);
        PublishedReport.Row total = total(records(60), levels, 1000);
        assertThat(total.cell(IndicatorKey.fromCode("gp-visits-change-mean"))).isEmpty();
        assertThat(levels.gpVisits(total)).isEqualTo(BeforeAfter.Levels.HIDDEN);
        assertThat(levels.health(total, PositiveHealthDimension.MEANINGFULNESS)).isEqualTo(BeforeAfter.Levels.HIDDEN);
    }
}
