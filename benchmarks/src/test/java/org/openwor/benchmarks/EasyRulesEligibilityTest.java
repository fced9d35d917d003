package org.openwor.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openwor.core.Referral;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.eligibility.EligibilityPolicy;
import org.openwor.core.eligibility.IneligibilityReason;

class EasyRulesEligibilityTest {

    private final Referral[] referrals = Data.referrals(EligibilityBenchmark.REFERRALS);

    @Test
    void easyRulesDecidesEveryBenchmarkReferralLikeThePolicy() {
        EasyRulesEligibility easyRules = new EasyRulesEligibility();
        EligibilityPolicy policy = EligibilityPolicy.defaults();
        for (Referral r : referrals) {
            assertThat(easyRules.evaluate(r)).as(r.id()).isEqualTo(policy.evaluate(r));
        }
    }

    @Test
    void theBenchmarkReferralsBreakEveryRuleSometimesAndMostAreEligible() {
        Set<IneligibilityReason> seen = EnumSet.noneOf(IneligibilityReason.class);
        int eligible = 0;
        for (Referral r : referrals) {
            EligibilityDecision d = EligibilityPolicy.defaults().evaluate(r);
            if (d instanceof EligibilityDecision.NotEligible n) {
                seen.addAll(n.reasons());
            } else {
                eligible++;
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(IneligibilityReason.values());
        assertThat(eligible).isBetween(referrals.length / 2, referrals.length * 9 / 10);
    }
}
