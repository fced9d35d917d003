package org.openwor.json;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import org.openwor.core.ConversationTool;
import org.openwor.core.Referral;
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
}
