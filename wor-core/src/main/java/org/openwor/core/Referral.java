package org.openwor.core;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.openwor.core.internal.Checks;

/**
 * A referral to Welzijn op Recept (<i>verwijzing</i>, <i>welzijnsrecept</i>): what a primary care
 * professional records in <i>het andere gesprek</i> and sends to the wellbeing coach
 * (<i>welzijnscoach</i>).
 *
 * <p>It holds the facts on which eligibility is decided (the social signals, the exclusion facts, the
 * client's motivation and consent) but no decision: that is made by
 * {@link org.openwor.core.eligibility.EligibilityPolicy}. Structural invariants are checked when the
 * referral is built and fail with an {@link InvalidValueException}:
 * <ul>
 *   <li>contact details are carried only with the consent to share them (seed 004);</li>
 *   <li>the referral date is not before the client's birth date;</li>
 *   <li>a life event's date lies between the birth date and the referral date;</li>
 *   <li>the number of visits is not negative.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Referral {

    Referral() {}

    /**
     * Returns the identifier of the referral in the referring system: 1 to 64 characters.
     *
     * @return the referral id
     */
    public abstract String id();

    /**
     * Returns the date of the referral; age and deadlines are counted from it.
     *
     * @return the referral date
     */
    public abstract LocalDate referralDate();

    /**
     * Returns who referred.
     *
     * @return the referrer
     */
    public abstract Referrer referrer();

    /**
     * Returns the referred client.
     *
     * @return the client
     */
    public abstract Client client();

    /**
     * Returns the signals that make up the social starting point of the referral (seed 003: the
     * referral must always have one).
     *
     * @return the signals, possibly empty
     */
    public abstract Set<SocialSignal> signals();

    /**
     * Returns the tool used in <i>het andere gesprek</i>, if any.
     *
     * @return the conversation tool
     */
    public abstract Optional<ConversationTool> conversationTool();

    /**
     * Returns the number of visits to the GP practice or physiotherapist in the 12 months before the
     * referral, if known. Frequent attenders (10 to 20 visits) stand to gain most (seed 003).
     *
     * @return the number of visits, not negative
     */
    public abstract OptionalInt visitsLast12Months();

    /**
     * Returns whether the client has unstable psychiatric problems or other complex, heavy problems
     * (<i>niet-stabiele psychiatrische of andere complexe en zware problematiek</i>), an exclusion.
     *
     * @return true if so; false by default
     */
    @Value.Default
    public boolean unstablePsychiatricOrComplexProblems() {
        return false;
    }

    /**
     * Returns the drastic life event the referrer noted, if any.
     *
     * @return the life event
     */
    public abstract Optional<LifeEvent> lifeEvent();

    /**
     * Returns whether the client has a concrete request for indicated care (<i>concrete hulpvraag naar
     * ge&iuml;ndiceerde zorg</i>), an exclusion.
     *
     * @return true if so; false by default
     */
    @Value.Default
    public boolean concreteCareRequest() {
        return false;
    }

    /**
     * Returns whether the client is motivated to change something in their own situation.
     *
     * @return true if motivated
     */
    public abstract boolean motivated();

    /**
     * Returns whether the client agrees to the referral.
     *
     * @return true if the client consented to the referral
     */
    public abstract boolean consentToReferral();

    /**
     * Returns whether the client consented to pass their contact details to the coach (seed 004).
     *
     * @return true if the contact details may be shared
     */
    public abstract boolean consentToShareContactDetails();

    /**
     * Returns the code under which the referral is registered in the GP information system, normally
     * {@link IcpcCode#WELZIJN_OP_RECEPT Z68}; absent for referrers who do not register ICPC codes.
     *
     * @return the registration code
     */
    public abstract Optional<IcpcCode> registrationCode();

    /**
     * Returns a new builder.
     *
     * @return a builder for a referral
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.require(!id().isBlank() && id().length() <= 64, "id", "referral-id-format",
                "a referral id is 1 to 64 characters");
        Checks.require(client().contactDetails().isEmpty() || consentToShareContactDetails(),
                "client.contactDetails", "contact-details-without-consent",
                "contact details may only be passed on with the client's consent to share them");
        Checks.require(!referralDate().isBefore(client().birthDate()), "referralDate",
                "referral-before-birth", "the referral date must not be before the client's birth date");
        visitsLast12Months().ifPresent(visits -> Checks.require(visits >= 0 && visits <= 366,
                "visitsLast12Months", "visits-range", "the number of visits in 12 months is 0 to 366"));
        lifeEvent().flatMap(LifeEvent::date).ifPresent(date -> Checks.require(
                !date.isAfter(referralDate()) && !date.isBefore(client().birthDate()), "lifeEvent.date",
                "life-event-date-range", "a life event lies between the birth date and the referral date"));
    }

    /** Builds a {@link Referral}; a value is built only when every invariant holds. */
    public static final class Builder extends ImmutableReferral.Builder {
        Builder() {}
    }
}
