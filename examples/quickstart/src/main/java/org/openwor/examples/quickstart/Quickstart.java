package org.openwor.examples.quickstart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.openwor.core.deadline.Deadline;
import org.openwor.core.deadline.DeadlinePolicy;
import org.openwor.core.indicator.Grouping;
import org.openwor.core.indicator.IndicatorAccumulator;
import org.openwor.core.indicator.IndicatorKey;
import org.openwor.core.indicator.IndicatorReport;
import org.openwor.core.indicator.PublishedReport;
import org.openwor.core.indicator.ReportSpec;
import org.openwor.core.indicator.SuppressionPolicy;
import org.openwor.core.workflow.ActivityCategory;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;
import org.openwor.core.workflow.CaseWorkflow;
import org.openwor.core.workflow.ClientVerdict;
import org.openwor.core.workflow.ClosureReason;
import org.openwor.core.workflow.OtherTrackKind;
import org.openwor.core.workflow.TrackTiming;
import org.openwor.examples.synthetic.SyntheticCases;
import org.openwor.json.WorJson;

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
        Case walked = walkOneCase(out, referrals().get(0),
                (EligibilityDecision.Eligible) policy.evaluate(referrals().get(0)));
        writeAndReadBack(out, walked);
        printReport(out, 2_000, 42L);
    }

    /**
     * Writes a case in OpenWoR's JSON wire format and reads it back; reading replays the events through
     * the workflow, so the case read back is checked, not merely parsed.
     *
     * @param out where to print
     * @param c the case
     * @return the case read back, equal to the one written
     */
    public static Case writeAndReadBack(PrintStream out, Case c) {
        ObjectMapper mapper = WorJson.newMapper();
        try {
            String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(c);
            Case back = mapper.readValue(json, Case.class);
            out.println("=== The case as JSON (" + json.length() + " characters; read back equal: " + back.equals(c) + ")");
            out.println(json.lines().limit(14).collect(java.util.stream.Collectors.joining("\n")));
            out.println("  ...");
            out.println();
            return back;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the wire format could not round-trip the case: " + e.getMessage(), e);
        }
    }

    /**
     * Generates referrals for the first half of 2026 and prints their indicator report per quarter, as it
     * may be published: cells under 10 hidden, with secondary suppression.
     *
     * @param out where to print
     * @param referrals how many referrals to generate
     * @param seed the generator's seed
     * @return the report before suppression
     */
    public static IndicatorReport printReport(PrintStream out, int referrals, long seed) {
        LocalDate from = LocalDate.of(2026, 1, 1);
        ReportSpec spec = ReportSpec.builder().from(from).to(LocalDate.of(2026, 6, 30)).asOf(LocalDate.of(2027, 3, 1))
                .grouping(Grouping.QUARTER).build();
        IndicatorAccumulator accumulator = new IndicatorAccumulator(spec);
        SyntheticCases.generate(referrals, seed, from, 181).forEach(g -> g.addTo(accumulator));
        IndicatorReport report = accumulator.result();
        PublishedReport published = report.publish(SuppressionPolicy.defaults());
        out.println("=== Indicators for " + referrals + " generated referrals, January to June 2026 (k = 10)");
        out.printf("%-64s", "indicator");
        published.rows().forEach(row -> out.printf("%-24s", row.group()));
        out.println();
        for (IndicatorKey key : report.total().values().keySet()) {
            out.printf("%-64s", key.code());
            published.rows().forEach(row -> out.printf("%-24s", row.text(key)));
            out.println();
        }
        return report;
    }

    /**
     * Walks the widow's case from referral to closure, printing after each event the state, the FHIR
     * {@code Task.status} and every deadline with its status on that day.
     *
     * @param out where to print
     * @param referral the eligible referral
     * @param decision its decision
     * @return the closed case
     */
    public static Case walkOneCase(PrintStream out, Referral referral, EligibilityDecision.Eligible decision) {
        LocalDate d = referral.referralDate();
        List<CaseEvent> events = List.of(
                CaseEvent.ReferralReceived.from("ev-1", d, referral, decision, Optional.of("welzijn-walcheren")),
                CaseEvent.ContactAttempted.of("ev-2", d.plusDays(4), false),
                CaseEvent.ContactAttempted.of("ev-3", d.plusDays(9), true),
                CaseEvent.IntakeHeld.builder().id("ev-4").date(d.plusDays(16))
                        .wishesAndNeeds("Wil weer onder de mensen komen; vroeger graag gewandeld.")
                        .scores(PositiveHealthScores.of(6, 4, 3, 5, 2, 6)).build(),
                // Seed 004: the coach checks whether another track must come first; here, debts.
                CaseEvent.OtherSupportStarted.of("ev-5", d.plusDays(17), OtherTrackKind.FINANCIAL, TrackTiming.BEFORE),
                CaseEvent.OtherSupportFinished.of("ev-6", d.plusDays(38), OtherTrackKind.FINANCIAL),
                CaseEvent.ActivityMatched.of("ev-7", d.plusDays(42), "wandelgroep-middelburg-oost",
                        ActivityCategory.EXERCISE),
                CaseEvent.ClientAccompanied.of("ev-8", d.plusDays(49)),
                CaseEvent.ParticipationStarted.of("ev-9", d.plusDays(49)),
                CaseEvent.EvaluationHeld.builder().id("ev-10").date(d.plusDays(37).plusMonths(6))
                        .scores(PositiveHealthScores.of(7, 6, 6, 6, 6, 7)).continuedParticipation(true)
                        .verdict(ClientVerdict.IMPROVED).build(),
                CaseEvent.FeedbackSent.of("ev-11", d.plusDays(37).plusMonths(6).plusDays(5)),
                CaseEvent.CaseClosed.of("ev-12", d.plusDays(37).plusMonths(6).plusDays(6), ClosureReason.COMPLETED,
                        true));

        CaseWorkflow workflow = CaseWorkflow.defaults();
        DeadlinePolicy deadlines = DeadlinePolicy.defaults();
        out.println("=== The case of referral " + referral.id() + ", step by step");
        Case c = Case.empty();
        for (CaseEvent event : events) {
            c = workflow.apply(c, event).getOrElseThrow(r -> new IllegalStateException(r.message(Locale.ENGLISH)));
            out.printf("%s  %-30s -> %-22s FHIR %s%n", event.date(), event.type().text(Locale.ENGLISH),
                    c.businessStatus(), c.fhirStatus().code());
            for (Deadline deadline : deadlines.deadlines(c, event.date())) {
                out.printf("              %-26s due %-10s %s%n", deadline.kind().text(Locale.ENGLISH),
                        deadline.dueDate().map(LocalDate::toString).orElse("-"),
                        deadline.status().text(Locale.ENGLISH));
            }
        }
        out.println();
        return c;
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
