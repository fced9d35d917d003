package org.openwor.core;

import java.util.Optional;
import org.immutables.value.Value;
import org.openwor.core.internal.Checks;

/**
 * The primary care professional who refers (<i>verwijzer</i>): a role, an optional AGB code and the
 * practice the referral comes from.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Referrer {

    Referrer() {}

    /**
     * Returns the referrer's role.
     *
     * @return the role
     */
    public abstract ReferrerRole role();

    /**
     * Returns the referrer's AGB code, if known.
     *
     * @return the AGB code
     */
    public abstract Optional<AgbCode> agbCode();

    /**
     * Returns the reference of the practice (GP practice, physiotherapy practice, district nursing team)
     * the referral comes from: 1 to 64 characters, used to group indicators per practice.
     *
     * @return the practice reference
     */
    public abstract String practiceReference();

    /**
     * Obtains a referrer without an AGB code.
     *
     * @param role the role, not null
     * @param practiceReference the practice reference, not null
     * @return the referrer
     */
    public static Referrer of(ReferrerRole role, String practiceReference) {
        return builder().role(role).practiceReference(practiceReference).build();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder for a referrer
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.require(!practiceReference().isBlank() && practiceReference().length() <= 64,
                "practiceReference", "practice-reference-format", "a practice reference is 1 to 64 characters");
    }

    /** Builds a {@link Referrer}; a value is built only when every invariant holds. */
    public static final class Builder extends ImmutableReferrer.Builder {
        Builder() {}
    }
}
