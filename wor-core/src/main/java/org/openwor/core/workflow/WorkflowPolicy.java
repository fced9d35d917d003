package org.openwor.core.workflow;

import org.immutables.value.Value;

/**
 * The switches of the case workflow that organisations set differently, with documented defaults.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WorkflowPolicy {

    private static final WorkflowPolicy DEFAULTS = builder().build();

    WorkflowPolicy() {}

    /**
     * Returns the policy with every default.
     *
     * @return the default policy
     */
    public static WorkflowPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a new builder that starts from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns whether closing a case as {@link ClosureReason#COMPLETED completed} needs an evaluation
     * and feedback to the referrer first. On by default: seed 003 makes both part of the pathway.
     *
     * @return true if completion is guarded
     */
    @Value.Default
    public boolean completionRequiresEvaluationAndFeedback() {
        return true;
    }

    /** Builds a {@link WorkflowPolicy}; every attribute not set keeps its default. */
    public static final class Builder extends ImmutableWorkflowPolicy.Builder {
        Builder() {}
    }
}
