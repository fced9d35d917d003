package org.openwor.core.testing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.openwor.core.Client;
import org.openwor.core.ContactDetails;
import org.openwor.core.IcpcCode;
import org.openwor.core.LifeEvent;
import org.openwor.core.PositiveHealthScores;
import org.openwor.core.PositiveHealthSpiderWeb;
import org.openwor.core.Referral;
import org.openwor.core.Referrer;
import org.openwor.core.ReferrerRole;
import org.openwor.core.SocialSignal;

/**
 * Readable referrals for example tests: {@link #eligible()} starts from a referral that fits Welzijn op
 * Recept (an adult, lonely, motivated, consenting), and each setter changes one fact.
 * A mutable test helper; not thread-safe.
 */
public final class ReferralExamples {

    /** The referral date of every example. */
    public static final LocalDate REFERRAL_DATE = LocalDate.of(2026, 3, 10);
    /** The birth date of the example client: 67 years old on the referral date. */
    public static final LocalDate BIRTH_DATE = LocalDate.of(1958, 11, 2);
    /** The example client's phone number, looked for in messages by privacy tests. */
    public static final String PHONE = "0612345678";
    /** The example client's e-mail address, looked for in messages by privacy tests. */
    public static final String EMAIL = "j.jansen@example.nl";

    private String id = "R-2026-0001";
    private LocalDate referralDate = REFERRAL_DATE;
    private LocalDate birthDate = BIRTH_DATE;
    private ReferrerRole role = ReferrerRole.GP;
    private Set<SocialSignal> signals = EnumSet.of(SocialSignal.LONELINESS_OR_LIMITED_NETWORK);
    private Integer visits = 14;
    private boolean unstable;
    private Optional<LifeEvent> lifeEvent = Optional.empty();
    private boolean careRequest;
    private boolean motivated = true;
    private boolean consent = true;
    private boolean shareContact = true;
    private boolean withContactDetails = true;

    private ReferralExamples() {}

    /**
     * Starts from an eligible referral.
     *
     * @return a new example
     */
    public static ReferralExamples eligible() {
        return new ReferralExamples();
    }

    /**
     * Sets the referral id.
     *
     * @param value the id
     * @return this example
     */
    public ReferralExamples id(String value) {
        id = value;
        return this;
    }

    /**
     * Sets the birth date.
     *
     * @param value the birth date
     * @return this example
     */
    public ReferralExamples bornOn(LocalDate value) {
        birthDate = value;
        return this;
    }

    /**
     * Sets the referral date.
     *
     * @param value the referral date
     * @return this example
     */
    public ReferralExamples referredOn(LocalDate value) {
        referralDate = value;
        return this;
    }

    /**
     * Sets the referrer's role.
     *
     * @param value the role
     * @return this example
     */
    public ReferralExamples referredBy(ReferrerRole value) {
        role = value;
        return this;
    }

    /**
     * Replaces the signals.
     *
     * @param values the signals, possibly none
     * @return this example
     */
    public ReferralExamples signals(SocialSignal... values) {
        signals = values.length == 0 ? EnumSet.noneOf(SocialSignal.class) : EnumSet.of(values[0], values);
        return this;
    }

    /**
     * Sets the visits in the last 12 months.
     *
     * @param value the visits, or null for unknown
     * @return this example
     */
    public ReferralExamples visits(Integer value) {
        visits = value;
        return this;
    }

    /**
     * Records unstable psychiatric or complex, heavy problems.
     *
     * @return this example
     */
    public ReferralExamples unstablePsychiatricProblems() {
        unstable = true;
        return this;
    }

    /**
     * Records a life event.
     *
     * @param value the life event
     * @return this example
     */
    public ReferralExamples lifeEvent(LifeEvent value) {
        lifeEvent = Optional.of(value);
        return this;
    }

    /**
     * Records a concrete request for indicated care.
     *
     * @return this example
     */
    public ReferralExamples concreteCareRequest() {
        careRequest = true;
        return this;
    }

    /**
     * Records that the client is not motivated.
     *
     * @return this example
     */
    public ReferralExamples notMotivated() {
        motivated = false;
        return this;
    }

    /**
     * Records that the client does not agree to the referral.
     *
     * @return this example
     */
    public ReferralExamples noConsent() {
        consent = false;
        return this;
    }

    /**
     * Records that the client does not consent to share contact details; none are carried.
     *
     * @return this example
     */
    public ReferralExamples noConsentToShareContactDetails() {
        shareContact = false;
        withContactDetails = false;
        return this;
    }

    /**
     * Carries contact details even without consent: building then fails.
     *
     * @return this example
     */
    public ReferralExamples contactDetailsWithoutConsent() {
        shareContact = false;
        withContactDetails = true;
        return this;
    }

    /**
     * Builds the referral.
     *
     * @return the referral
     */
    public Referral build() {
        Client.Builder client = Client.builder().reference("client-4711").birthDate(birthDate)
                .municipalityCode("GM0687").postcodeArea("4331");
        if (withContactDetails) {
            client.contactDetails(ContactDetails.builder().phone(PHONE).email(EMAIL).build());
        }
        Referral.Builder builder = Referral.builder()
                .id(id)
                .referralDate(referralDate)
                .referrer(Referrer.of(role, "practice-middelburg-1"))
                .client(client.build())
                .addAllSignals(signals)
                .conversationTool(PositiveHealthSpiderWeb.of(PositiveHealthScores.of(6, 4, 5, 5, 3, 6)))
                .unstablePsychiatricOrComplexProblems(unstable)
                .lifeEvent(lifeEvent)
                .concreteCareRequest(careRequest)
                .motivated(motivated)
                .consentToReferral(consent)
                .consentToShareContactDetails(shareContact)
                .registrationCode(IcpcCode.WELZIJN_OP_RECEPT);
        if (visits != null) {
            builder.visitsLast12Months(visits);
        }
        return builder.build();
    }
}
