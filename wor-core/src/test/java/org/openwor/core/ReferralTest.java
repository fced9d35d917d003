package org.openwor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.openwor.core.testing.ReferralExamples;
import org.openwor.core.testing.WorArbitraries;

/** The structural invariants of {@link Referral} and the privacy of its {@code toString()}. */
class ReferralTest {

    @Test
    void contactDetailsWithoutConsentToShareThemAreRejectedWithoutEchoingThem() {
        assertThatThrownBy(() -> ReferralExamples.eligible().contactDetailsWithoutConsent().build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("client.contactDetails");
                    assertThat(e.rule()).isEqualTo("contact-details-without-consent");
                    assertThat(e.getMessage()).doesNotContain(ReferralExamples.PHONE, ReferralExamples.EMAIL);
                });
    }

    @Test
    void aReferralDateBeforeTheBirthDateIsRejectedWithoutEchoingTheBirthDate() {
        LocalDate birth = LocalDate.of(2027, 5, 17);
        assertThatThrownBy(() -> ReferralExamples.eligible().bornOn(birth).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("referralDate");
                    assertThat(e.rule()).isEqualTo("referral-before-birth");
                    assertThat(e.getMessage()).doesNotContain("2027", "17", "05");
                });
    }

    @Test
    void negativeVisitCountsAreRejected() {
        assertThatThrownBy(() -> ReferralExamples.eligible().visits(-1).build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("visitsLast12Months"));
    }

    @Test
    void aLifeEventAfterTheReferralIsRejected() {
        assertThatThrownBy(() -> ReferralExamples.eligible()
                        .lifeEvent(LifeEvent.of(false, ReferralExamples.REFERRAL_DATE.plusDays(1))).build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("lifeEvent.date"));
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertThatThrownBy(() -> Referral.builder().id("R-1").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("referralDate").hasMessageContaining("client").hasMessageContaining("motivated");
    }

    @Test
    void exclusionsDefaultToAbsent() {
        Referral referral = ReferralExamples.eligible().build();
        assertThat(referral.unstablePsychiatricOrComplexProblems()).isFalse();
        assertThat(referral.concreteCareRequest()).isFalse();
        assertThat(referral.registrationCode()).contains(IcpcCode.WELZIJN_OP_RECEPT);
    }

    @Property
    void toStringNeverShowsTheBirthDateOrContactDetails(@ForAll("referrals") Referral referral) {
        String text = referral.toString() + referral.client() + referral.client().contactDetails();
        // The referral date is not personal and may fall on the birth date; everything else must not show it.
        assertThat(text.replace("referralDate=" + referral.referralDate(), ""))
                .doesNotContain(referral.client().birthDate().toString());
        referral.client().contactDetails().ifPresent(contact -> {
            contact.phone().ifPresent(phone -> assertThat(text).doesNotContain(phone));
            contact.email().ifPresent(email -> assertThat(text).doesNotContain(email));
        });
        assertThat(text).contains(referral.id()).contains(referral.client().reference());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Referral> referrals() {
        return WorArbitraries.referrals();
    }

    @Property
    void equalReferralsHaveEqualHashCodes(@ForAll("referrals") Referral referral) {
        Referral copy = org.openwor.core.eligibility.EligibilityPolicyPropertiesTestAccess.rebuild(referral);
        assertThat(copy).isEqualTo(referral).hasSameHashCodeAs(referral);
    }
}
