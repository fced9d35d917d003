package org.openwor.core.eligibility;

import io.vavr.control.Validation;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.openwor.core.InvalidValueException;
import org.openwor.core.SocialSignal;
import org.openwor.core.internal.Messages;

/**
 * The outcome of evaluating a referral against an {@link EligibilityPolicy}: either {@link Eligible},
 * with what carries the referral, or {@link NotEligible}, with every reason that applies.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface EligibilityDecision permits EligibilityDecision.Eligible, EligibilityDecision.NotEligible {

    /**
     * Returns the id of the referral this decision is about.
     *
     * @return the referral id
     */
    String referralId();

    /**
     * Tells whether Welzijn op Recept fits the referral.
     *
     * @return true for {@link Eligible}
     */
    boolean isEligible();

    /**
     * Returns the decision as a vavr {@code Validation}: valid with the eligible decision, or invalid
     * with every reason, in their stable order.
     *
     * @return the decision as a validation
     */
    Validation<List<IneligibilityReason>, Eligible> toValidation();

    /**
     * Returns the decision as text that a host application can show to a GP or coach as it is: one
     * line with the verdict, then one line per signal or reason.
     *
     * @param locale the reader's locale, not null; Dutch for {@code nl}, English otherwise
     * @return the decision as readable text
     */
    String summary(Locale locale);

    /**
     * A decision that Welzijn op Recept fits the referral.
     *
     * <p>This class is immutable and thread-safe.
     */
    @Value.Immutable
    abstract non-sealed class Eligible implements EligibilityDecision {

        Eligible() {}

        @Override
        public abstract String referralId();

        /**
         * Returns the inclusion signals that carry the referral (its social starting point).
         *
         * @return the signals, never empty
         */
        public abstract Set<SocialSignal> inclusionSignals();

        /**
         * Tells whether the client is a frequent attender under the policy (10 to 20 visits a year by
         * default), the group with the largest health gain (seed 003).
         *
         * @return true for a frequent attender
         */
        public abstract boolean frequentAttender();

        /**
         * Returns who makes the first contact.
         *
         * @return the coach, when contact details may be shared, otherwise the client
         */
        public abstract FirstContact firstContact();

        /**
         * Returns a new builder.
         *
         * @return a builder for an eligible decision
         */
        public static Builder builder() {
            return new Builder();
        }

        @Override
        public final boolean isEligible() {
            return true;
        }

        @Override
        public final Validation<List<IneligibilityReason>, Eligible> toValidation() {
            return Validation.valid(this);
        }

        @Override
        public final String summary(Locale locale) {
            Objects.requireNonNull(locale, "locale");
            StringBuilder text = new StringBuilder(Messages.text("decision.eligible", locale));
            text.append('\n').append(Messages.text("decision.signals", locale)).append(' ')
                    .append(inclusionSignals().stream().map(s -> s.text(locale)).collect(Collectors.joining("; ")));
            if (frequentAttender()) {
                text.append('\n').append(Messages.text("decision.frequentAttender", locale));
            }
            return text.append('\n').append(firstContact().text(locale)).toString();
        }

        @Value.Check
        void check() {
            if (inclusionSignals().isEmpty()) {
                throw new InvalidValueException("inclusionSignals", "inclusion-signals-empty",
                        "an eligible referral has at least one inclusion signal");
            }
        }

        /** Builds an {@link Eligible} decision. */
        public static final class Builder extends ImmutableEligible.Builder {
            Builder() {}
        }
    }

    /**
     * A decision that Welzijn op Recept does not fit the referral, with every reason that applies.
     *
     * <p>This class is immutable and thread-safe.
     */
    @Value.Immutable
    abstract non-sealed class NotEligible implements EligibilityDecision {

        NotEligible() {}

        @Override
        @Value.Parameter
        public abstract String referralId();

        /**
         * Returns every reason that applies, each once, in the declaration order of
         * {@link IneligibilityReason}.
         *
         * @return the reasons, never empty
         */
        @Value.Parameter
        public abstract List<IneligibilityReason> reasons();

        /**
         * Obtains a decision that the referral is not eligible.
         *
         * @param referralId the referral id, not null
         * @param reasons the reasons, not empty, each once, in declaration order
         * @return the decision
         * @throws InvalidValueException if the reasons are empty, repeated or out of order
         */
        public static NotEligible of(String referralId, List<IneligibilityReason> reasons) {
            return ImmutableNotEligible.of(referralId, reasons);
        }

        @Override
        public final boolean isEligible() {
            return false;
        }

        @Override
        public final Validation<List<IneligibilityReason>, Eligible> toValidation() {
            return Validation.invalid(reasons());
        }

        @Override
        public final String summary(Locale locale) {
            Objects.requireNonNull(locale, "locale");
            StringBuilder text = new StringBuilder(Messages.text("decision.notEligible", locale));
            reasons().forEach(reason -> text.append("\n- ").append(reason.text(locale)));
            return text.toString();
        }

        @Value.Check
        void check() {
            boolean ordered = !reasons().isEmpty();
            for (int i = 1; i < reasons().size(); i++) {
                ordered &= reasons().get(i - 1).ordinal() < reasons().get(i).ordinal();
            }
            if (!ordered) {
                throw new InvalidValueException("reasons", "reasons-ordered",
                        "a decision that is not eligible has at least one reason, each once, in the stable order");
            }
        }
    }
}
