package org.openwor.core.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.openwor.core.Referral;
import org.openwor.core.ReferrerRole;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.eligibility.IneligibilityReason;
import org.openwor.core.internal.Checks;

/**
 * What the indicators need of a referral that was not eligible: its date, where it came from and why;
 * no personal data.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IneligibleReferral {

    IneligibleReferral() {}

    /**
     * Returns the referral date.
     *
     * @return the referral date
     */
    public abstract LocalDate referralDate();

    /**
     * Returns the referrer's role.
     *
     * @return the role
     */
    public abstract ReferrerRole referrerRole();

    /**
     * Returns the referring practice.
     *
     * @return the practice reference
     */
    public abstract String practiceReference();

    /**
     * Returns the client's municipality code.
     *
     * @return the municipality code, if recorded
     */
    public abstract Optional<String> municipalityCode();

    /**
     * Returns every reason the referral was not eligible.
     *
     * @return the reasons, not empty
     */
    public abstract List<IneligibilityReason> reasons();

    /**
     * Takes what the indicators need from a referral and its decision.
     *
     * @param referral the referral, not null
     * @param decision its decision, not null, about the same referral
     * @return the ineligible referral
     * @throws IllegalArgumentException if the decision is about another referral
     */
    public static IneligibleReferral from(Referral referral, EligibilityDecision.NotEligible decision) {
        Objects.requireNonNull(referral, "referral");
        if (!decision.referralId().equals(referral.id())) {
            throw new IllegalArgumentException("decision: is about another referral than the one given");
        }
        return ImmutableIneligibleReferral.builder().referralDate(referral.referralDate())
                .referrerRole(referral.referrer().role()).practiceReference(referral.referrer().practiceReference())
                .municipalityCode(referral.client().municipalityCode()).addAllReasons(decision.reasons()).build();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.require(!reasons().isEmpty(), "reasons", "reasons-empty", "an ineligible referral has a reason");
    }

    /** Builds an {@link IneligibleReferral}. */
    public static final class Builder extends ImmutableIneligibleReferral.Builder {
        Builder() {}
    }
}
