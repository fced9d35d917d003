package org.openwor.core.eligibility;

import org.openwor.core.Referral;

/** Opens the referral copy helper of {@link EligibilityPolicyPropertiesTest} to tests in other packages. */
public final class EligibilityPolicyPropertiesTestAccess {

    private EligibilityPolicyPropertiesTestAccess() {}

    /**
     * Copies a referral attribute by attribute.
     *
     * @param referral the referral
     * @return an equal referral built anew
     */
    public static Referral rebuild(Referral referral) {
        return EligibilityPolicyPropertiesTest.rebuild(referral).build();
    }
}
