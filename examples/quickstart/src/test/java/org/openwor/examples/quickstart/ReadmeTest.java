package org.openwor.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openwor.core.Client;
import org.openwor.core.IcpcCode;
import org.openwor.core.Referral;
import org.openwor.core.Referrer;
import org.openwor.core.ReferrerRole;
import org.openwor.core.SocialSignal;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.eligibility.EligibilityPolicy;

/** The code of the README's snippets, so that they keep compiling and doing what the README says. */
class ReadmeTest {

    @Test
    void aReferralAndItsEligibility() {
        Referral referral = Referral.builder()
                .id("HA-2026-0042")
                .referralDate(LocalDate.of(2026, 3, 10))
                .referrer(Referrer.of(ReferrerRole.GP, "huisartsen-middelburg-oost"))
                .client(Client.builder().reference("c-7f3a9").birthDate(LocalDate.of(1951, 9, 14)).build())
                .addSignals(SocialSignal.LONELINESS_OR_LIMITED_NETWORK)
                .visitsLast12Months(14)
                .motivated(true)
                .consentToReferral(true)
                .consentToShareContactDetails(false)
                .registrationCode(IcpcCode.WELZIJN_OP_RECEPT)
                .build();

        EligibilityDecision decision = EligibilityPolicy.defaults().evaluate(referral);
        String summary = decision.summary(Locale.forLanguageTag("nl-NL"));

        assertThat(summary).startsWith("Welzijn op Recept past bij deze verwijzing.")
                .contains("De cliënt neemt zelf contact op met de welzijnscoach");
    }
}
