package org.openwor.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;
import org.openwor.core.ConversationTool;
import org.openwor.core.Referral;
import org.openwor.core.indicator.Grouping;
import org.openwor.core.indicator.IndicatorAccumulator;
import org.openwor.core.indicator.IndicatorReport;
import org.openwor.core.indicator.ReportSpec;
import org.openwor.core.indicator.SuppressionPolicy;
import org.openwor.core.testing.CaseArbitraries;
import org.openwor.core.testing.WorArbitraries;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;

/** The shared arbitraries of wor-core's test jar, as suppliers for {@code @ForAll(supplier = ...)}. */
final class WireArbitraries {

    private WireArbitraries() {}

    /** Structurally valid referrals. */
    static final class Referrals implements ArbitrarySupplier<Referral> {
        @Override
        public Arbitrary<Referral> get() {
            return WorArbitraries.referrals();
        }
    }

    /** Conversation tools of both kinds. */
    static final class Tools implements ArbitrarySupplier<ConversationTool> {
        @Override
        public Arbitrary<ConversationTool> get() {
            return WorArbitraries.conversationTools();
        }
    }

    /** Case events of every type. */
    static final class Events implements ArbitrarySupplier<CaseEvent> {
        @Override
        public Arbitrary<CaseEvent> get() {
            return Arbitraries.oneOf(CaseArbitraries.referralsReceived(),
                    WorArbitraries.referralDates().flatMap(CaseArbitraries::eventsAfter));
        }
    }

    /** Cases that went some way along the pathway. */
    static final class Cases implements ArbitrarySupplier<Case> {
        @Override
        public Arbitrary<Case> get() {
            return CaseArbitraries.cases();
        }
    }

    /** Short lists of cases. */
    static final class CaseLists implements ArbitrarySupplier<List<Case>> {
        @Override
        public Arbitrary<List<Case>> get() {
            return CaseArbitraries.cases().list().ofMaxSize(8);
        }
    }

    /** Indicator reports over short lists of cases, with or without a grouping; the default deadline policy. */
    static final class Reports implements ArbitrarySupplier<IndicatorReport> {
        @Override
        public Arbitrary<IndicatorReport> get() {
            return Combinators.combine(CaseArbitraries.cases().list().ofMaxSize(12),
                    Arbitraries.of(Grouping.class).injectNull(0.2)).as((cases, grouping) -> {
                        ReportSpec spec = ReportSpec.builder().from(LocalDate.of(2024, 1, 1))
                                .to(LocalDate.of(2027, 12, 31)).asOf(LocalDate.of(2027, 12, 31))
                                .grouping(Optional.ofNullable(grouping)).build();
                        return cases.stream().collect(IndicatorAccumulator.collector(spec));
                    });
        }
    }

    /** Suppression policies of both modes. */
    static final class Policies implements ArbitrarySupplier<SuppressionPolicy> {
        @Override
        public Arbitrary<SuppressionPolicy> get() {
            return Arbitraries.oneOf(Arbitraries.integers().between(2, 12).map(SuppressionPolicy::threshold),
                    Arbitraries.just(SuppressionPolicy.nhsDigital()));
        }
    }
}
