package org.openwor.examples.quickstart;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.openwor.core.Client;
import org.openwor.core.ContactDetails;
import org.openwor.core.FourDomainAssessment;
import org.openwor.core.IcpcCode;
import org.openwor.core.LifeDomain;
import org.openwor.core.LifeEvent;
import org.openwor.core.PositiveHealthScores;
import org.openwor.core.PositiveHealthSpiderWeb;
import org.openwor.core.Referral;
import org.openwor.core.Referrer;
import org.openwor.core.ReferrerRole;
import org.openwor.core.SocialSignal;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.eligibility.EligibilityPolicy;

/**
 * The README's main example: three referrals drawn from the situations in the seeds, each evaluated
 * under the default eligibility policy and printed in Dutch and in English.
 */
public final class Quickstart {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private Quickstart() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Evaluates the three example referrals and prints each decision in Dutch and English.
     *
     * @param out where to print
     */
    public static void run(PrintStream out) {
        EligibilityPolicy policy = EligibilityPolicy.defaults();
        for (Referral referral : referrals()) {
            EligibilityDecision decision = policy.evaluate(referral);
            out.println("=== Referral " + referral.id() + " by " + referral.referrer().role().text(Locale.ENGLISH)
                    + " on " + referral.referralDate());
            out.println("[nl] " + decision.summary(DUTCH).replace("\n", "\n     "));
            out.println("[en] " + decision.summary(Locale.ENGLISH).replace("\n", "\n     "));
            out.println();
        }
    }

    /**
     * Returns the three referrals of the example.
     *
     * @return a widow referred by her GP, a physiotherapist's patient with back pain, and a 16-year-old
     */
    public static List<Referral> referrals() {
        LocalDate today = LocalDate.of(2026, 3, 10);

        // Seed 000: "Overlijden van een partner, verlies van werk of eenzaamheid." A 74-year-old widow who
        // visits her GP 14 times a year, lost her husband 18 months ago and is lonely. She agrees to the
        // referral and to passing her phone number to the coach.
        Referral widow = Referral.builder()
                .id("HA-2026-0042")
                .referralDate(today)
                .referrer(Referrer.builder().role(ReferrerRole.GP).practiceReference("huisartsen-middelburg-oost")
                        .agbCode(org.openwor.core.AgbCode.of("01012345")).build())
                .client(Client.builder().reference("c-7f3a9").birthDate(LocalDate.of(1951, 9, 14))
                        .municipalityCode("GM0687").postcodeArea("4331")
                        .contactDetails(ContactDetails.builder().phone("0118 123456").build()).build())
                .addSignals(SocialSignal.LONELINESS_OR_LIMITED_NETWORK, SocialSignal.SLEEP_PROBLEMS)
                .conversationTool(PositiveHealthSpiderWeb.of(PositiveHealthScores.of(6, 4, 3, 5, 2, 6)))
                .visitsLast12Months(14)
                .lifeEvent(LifeEvent.of(false, LocalDate.of(2024, 9, 1)))
                .motivated(true)
                .consentToReferral(true)
                .consentToShareContactDetails(true)
                .registrationCode(IcpcCode.WELZIJN_OP_RECEPT)
                .build();

        // Seed 003: a physiotherapist may refer; back or neck pain with a psychosocial cause. He would
        // rather call the coach himself, so no contact details are passed on.
        Referral backPain = Referral.builder()
                .id("FT-2026-0007")
                .referralDate(today)
                .referrer(Referrer.of(ReferrerRole.PHYSIOTHERAPIST, "fysio-vlissingen"))
                .client(Client.builder().reference("c-18b02").birthDate(LocalDate.of(1979, 2, 3)).build())
                .addSignals(SocialSignal.BACK_OR_NECK_PAIN, SocialSignal.STUCK_IN_LIFE,
                        SocialSignal.UNHEALTHY_LIFESTYLE)
                .conversationTool(FourDomainAssessment.builder()
                        .putConcerns(LifeDomain.SOCIETAL, "vastgelopen op het werk")
                        .addPriorities(LifeDomain.SOCIETAL, LifeDomain.BODY).build())
                .visitsLast12Months(11)
                .motivated(true)
                .consentToReferral(true)
                .consentToShareContactDetails(false)
                .build();

        // Seed 003: not for young people under 18, nor for unstable psychiatric problems.
        Referral teenager = Referral.builder()
                .id("POH-2026-0113")
                .referralDate(today)
                .referrer(Referrer.of(ReferrerRole.PRACTICE_NURSE_MENTAL_HEALTH, "huisartsen-middelburg-oost"))
                .client(Client.builder().reference("c-44d10").birthDate(LocalDate.of(2009, 6, 30)).build())
                .addSignals(SocialSignal.PSYCHOLOGICAL_COMPLAINTS)
                .unstablePsychiatricOrComplexProblems(true)
                .motivated(true)
                .consentToReferral(true)
                .consentToShareContactDetails(false)
                .registrationCode(IcpcCode.WELZIJN_OP_RECEPT)
                .build();

        return List.of(widow, backPain, teenager);
    }
}
