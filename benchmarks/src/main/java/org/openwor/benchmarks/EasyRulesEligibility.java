package org.openwor.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.openwor.core.Referral;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.eligibility.FirstContact;
import org.openwor.core.eligibility.IneligibilityReason;

/**
 * The eligibility baseline: the same seven rules as {@code EligibilityPolicy.defaults()}, written for
 * Easy Rules as a vendor would, each rule adding its reason to a list in the facts; the decision is
 * then built like the policy builds it, so both give equal decisions (a test checks that).
 *
 * <p>This class is immutable and thread-safe: every call has its own facts.
 */
public final class EasyRulesEligibility {

    private static final String REFERRAL = "referral";
    private static final String REASONS = "reasons";

    private final Rules rules;
    private final RulesEngine engine = new DefaultRulesEngine();

    /** Creates the seven rules, in the order of the policy's reasons. */
    public EasyRulesEligibility() {
        rules = new Rules(
                rule(IneligibilityReason.UNDER_MINIMUM_AGE, 1,
                        r -> r.client().ageOn(r.referralDate()) < 18),
                rule(IneligibilityReason.UNSTABLE_PSYCHIATRIC_OR_COMPLEX_PROBLEMS, 2,
                        Referral::unstablePsychiatricOrComplexProblems),
                rule(IneligibilityReason.LIFE_EVENT_TOO_RECENT, 3,
                        r -> r.lifeEvent().isPresent() && r.lifeEvent().get().stillInForeground()),
                rule(IneligibilityReason.CONCRETE_CARE_REQUEST, 4, Referral::concreteCareRequest),
                rule(IneligibilityReason.NO_SOCIAL_STARTING_POINT, 5, r -> r.signals().isEmpty()),
                rule(IneligibilityReason.NOT_MOTIVATED, 6, r -> !r.motivated()),
                rule(IneligibilityReason.NO_CONSENT_TO_REFERRAL, 7, r -> !r.consentToReferral()));
    }

    private interface Violation {
        boolean test(Referral referral);
    }

    private static Rule rule(IneligibilityReason reason, int priority, Violation violation) {
        return new RuleBuilder()
                .name(reason.code())
                .priority(priority)
                .when(facts -> violation.test(facts.get(REFERRAL)))
                .then(facts -> facts.<List<IneligibilityReason>>get(REASONS).add(reason))
                .build();
    }

    /**
     * Decides a referral by firing the rules.
     *
     * @param referral the referral
     * @return the decision
     */
    public EligibilityDecision evaluate(Referral referral) {
        List<IneligibilityReason> reasons = new ArrayList<>(2);
        Facts facts = new Facts();
        facts.put(REFERRAL, referral);
        facts.put(REASONS, reasons);
        engine.fire(rules, facts);
        if (!reasons.isEmpty()) {
            return EligibilityDecision.NotEligible.of(referral.id(), reasons);
        }
        int visits = referral.visitsLast12Months().orElse(-1);
        return EligibilityDecision.Eligible.builder()
                .referralId(referral.id())
                .addAllInclusionSignals(referral.signals())
                .frequentAttender(visits >= 10 && visits <= 20)
                .firstContact(referral.consentToShareContactDetails()
                        ? FirstContact.COACH_CONTACTS_CLIENT : FirstContact.CLIENT_CONTACTS_COACH)
                .build();
    }
}
