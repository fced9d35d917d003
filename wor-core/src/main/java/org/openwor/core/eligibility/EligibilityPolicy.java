package org.openwor.core.eligibility;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.openwor.core.InvalidValueException;
import org.openwor.core.LifeEvent;
import org.openwor.core.Referral;
import org.openwor.core.internal.Checks;

/**
 * The rules that decide whether Welzijn op Recept fits a referral (<i>indicatiestelling</i>), with
 * documented, overridable defaults.
 *
 * <p>A referral is eligible when none of these rules is violated; otherwise every violated rule is
 * reported, in this order (see {@link IneligibilityReason}):
 * <ol>
 *   <li>the client's age on the referral date is at least {@link #minimumAge()} (default 18; seed 003:
 *       not for young people under 18);</li>
 *   <li>no unstable psychiatric or other complex, heavy problems (seed 003);</li>
 *   <li>no life event that is still too recent: the referrer judged it still in the foreground, or,
 *       when a {@link #lifeEventRecencyWindow()} is set, its date lies within that window before the
 *       referral date (seed 003);</li>
 *   <li>no concrete request for indicated care (seed 003);</li>
 *   <li>at least one social signal: the referral must always have a social starting point (seed 003);</li>
 *   <li>the client is motivated to change something (seed 003);</li>
 *   <li>the client agrees to the referral (seed 003).</li>
 * </ol>
 * Stable, treated chronic psychological complaints are an inclusion signal and never exclude. The
 * frequent-attender band (default 10 to 20 visits a year, seed 003) does not decide eligibility; it
 * flags the group that stands to gain most.
 *
 * <p>Evaluation accumulates with vavr's {@link Validation}: it never stops at the first violated rule.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EligibilityPolicy {

    private static final EligibilityPolicy DEFAULTS = builder().build();

    EligibilityPolicy() {}

    /**
     * Returns the policy with every default: minimum age 18, frequent attenders at 10 to 20 visits,
     * a life event judged by the referrer alone.
     *
     * @return the default policy
     */
    public static EligibilityPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a new builder that starts from the defaults.
     *
     * @return a builder for a policy
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the minimum age on the referral date. Default 18 (seed 003).
     *
     * @return the minimum age in whole years, 0 to 130
     */
    @Value.Default
    public int minimumAge() {
        return 18;
    }

    /**
     * Returns the lowest number of visits in 12 months that makes a frequent attender. Default 10
     * (seed 003: 10 to 20 visits a year).
     *
     * @return the lower bound of the band, inclusive
     */
    @Value.Default
    public int frequentAttenderMinVisits() {
        return 10;
    }

    /**
     * Returns the highest number of visits in 12 months that still counts as the frequent-attender band.
     * Default 20 (seed 003).
     *
     * @return the upper bound of the band, inclusive
     */
    @Value.Default
    public int frequentAttenderMaxVisits() {
        return 20;
    }

    /**
     * Returns how long after a life event it still counts as too recent, regardless of the referrer's
     * judgement. Empty by default: the seeds give no period, so by default only the referrer's
     * judgement ({@link LifeEvent#stillInForeground()}) decides. When set, a life event whose date lies
     * less than this period before the referral date also excludes; an event without a date is then
     * judged by the referrer alone.
     *
     * @return the recency window, positive when present
     */
    public abstract Optional<Period> lifeEventRecencyWindow();

    /**
     * Evaluates a referral, reporting every violated rule.
     *
     * @param referral the referral, not null
     * @return valid with the eligible decision, or invalid with every reason in the stable order
     */
    public Validation<List<IneligibilityReason>, EligibilityDecision.Eligible> validate(Referral referral) {
        Objects.requireNonNull(referral, "referral");
        List<Validation<IneligibilityReason, IneligibilityReason>> rules = java.util.Arrays
                .stream(IneligibilityReason.values())
                .map(reason -> violates(reason, referral)
                        ? Validation.<IneligibilityReason, IneligibilityReason>invalid(reason)
                        : Validation.<IneligibilityReason, IneligibilityReason>valid(reason))
                .toList();
        Validation<Seq<IneligibilityReason>, Seq<IneligibilityReason>> all = Validation.sequence(
                rules.stream().map(rule -> rule.mapError(io.vavr.collection.List::of)).toList());
        return all.mapError(Seq::asJava).map(passed -> eligible(referral));
    }

    /**
     * Evaluates a referral into a decision.
     *
     * @param referral the referral, not null
     * @return the decision: eligible, or not eligible with every reason
     */
    public EligibilityDecision evaluate(Referral referral) {
        return validate(referral).fold(
                reasons -> EligibilityDecision.NotEligible.of(referral.id(), reasons),
                eligible -> eligible);
    }

    /**
     * Tells whether a number of visits falls in the frequent-attender band.
     *
     * @param visitsLast12Months the visits in the 12 months before the referral
     * @return true if within the band, bounds included
     */
    public boolean isFrequentAttender(int visitsLast12Months) {
        return visitsLast12Months >= frequentAttenderMinVisits() && visitsLast12Months <= frequentAttenderMaxVisits();
    }

    private boolean violates(IneligibilityReason reason, Referral referral) {
        return switch (reason) {
            case UNDER_MINIMUM_AGE -> referral.client().ageOn(referral.referralDate()) < minimumAge();
            case UNSTABLE_PSYCHIATRIC_OR_COMPLEX_PROBLEMS -> referral.unstablePsychiatricOrComplexProblems();
            case LIFE_EVENT_TOO_RECENT -> referral.lifeEvent()
                    .map(event -> isTooRecent(event, referral.referralDate())).orElse(false);
            case CONCRETE_CARE_REQUEST -> referral.concreteCareRequest();
            case NO_SOCIAL_STARTING_POINT -> referral.signals().isEmpty();
            case NOT_MOTIVATED -> !referral.motivated();
            case NO_CONSENT_TO_REFERRAL -> !referral.consentToReferral();
        };
    }

    private boolean isTooRecent(LifeEvent event, LocalDate referralDate) {
        if (event.stillInForeground()) {
            return true;
        }
        return lifeEventRecencyWindow().flatMap(window -> event.date()
                .map(date -> date.plus(window).isAfter(referralDate))).orElse(false);
    }

    private EligibilityDecision.Eligible eligible(Referral referral) {
        return EligibilityDecision.Eligible.builder()
                .referralId(referral.id())
                .addAllInclusionSignals(referral.signals())
                .frequentAttender(referral.visitsLast12Months().stream().anyMatch(this::isFrequentAttender))
                .firstContact(referral.consentToShareContactDetails()
                        ? FirstContact.COACH_CONTACTS_CLIENT : FirstContact.CLIENT_CONTACTS_COACH)
                .build();
    }

    @Value.Check
    void check() {
        Checks.require(minimumAge() >= 0 && minimumAge() <= 130, "minimumAge", "minimum-age-range",
                "the minimum age is 0 to 130 years");
        Checks.require(frequentAttenderMinVisits() >= 0
                        && frequentAttenderMinVisits() <= frequentAttenderMaxVisits(),
                "frequentAttenderMinVisits", "frequent-attender-band",
                "the frequent-attender band needs 0 <= min <= max visits");
        lifeEventRecencyWindow().ifPresent(window -> Checks.require(
                !window.isNegative() && !window.isZero(), "lifeEventRecencyWindow", "recency-window-positive",
                "the life event recency window is a positive period"));
    }

    /** Builds an {@link EligibilityPolicy}; every attribute not set keeps its documented default. */
    public static final class Builder extends ImmutableEligibilityPolicy.Builder {
        Builder() {}
    }
}
