package org.openwor.core;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.openwor.core.internal.Checks;

/**
 * The four-domain model (<i>4 domeinenmodel</i>, 4D) as a conversation tool: the client's concerns per
 * domain and the domains the client wants to work on first. The domains are not scored.
 *
 * <p>The concerns are free text about a person's life; {@link #toString()} redacts them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class FourDomainAssessment implements ConversationTool {

    FourDomainAssessment() {}

    /**
     * Returns the concerns per domain, in the client's words, each at most 2000 characters.
     *
     * @return the concerns; a domain without concerns is absent
     */
    @Value.Redacted
    public abstract Map<LifeDomain, String> concerns();

    /**
     * Returns the domains the client gives priority to, most important first, each at most once.
     *
     * @return the priorities
     */
    public abstract List<LifeDomain> priorities();

    /**
     * Returns a new builder.
     *
     * @return a builder for a four-domain assessment
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        concerns().forEach((domain, text) -> Checks.require(!text.isBlank() && text.length() <= 2000,
                "concerns." + domain.code(), "concern-length", "a concern is 1 to 2000 characters"));
        Checks.require(new HashSet<>(priorities()).size() == priorities().size(), "priorities",
                "priorities-distinct", "each domain appears at most once among the priorities");
    }

    /** Builds a {@link FourDomainAssessment}; a value is built only when every invariant holds. */
    public static final class Builder extends ImmutableFourDomainAssessment.Builder {
        Builder() {}
    }
}
