package org.openwor.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwor.core.AgbCode;
import org.openwor.core.Client;
import org.openwor.core.ContactDetails;
import org.openwor.core.FourDomainAssessment;
import org.openwor.core.IcpcCode;
import org.openwor.core.LifeDomain;
import org.openwor.core.LifeEvent;
import org.openwor.core.PositiveHealthScores;
import org.openwor.core.Referral;
import org.openwor.core.Referrer;
import org.openwor.core.ReferrerRole;
import org.openwor.core.SocialSignal;
import org.openwor.core.deadline.DeadlinePolicy;
import org.openwor.core.deadline.WorklistItem;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.eligibility.EligibilityPolicy;
import org.openwor.core.indicator.Grouping;
import org.openwor.core.indicator.IndicatorAccumulator;
import org.openwor.core.indicator.IndicatorReport;
import org.openwor.core.indicator.PublishedReport;
import org.openwor.core.indicator.ReportSpec;
import org.openwor.core.indicator.SuppressionPolicy;
import org.openwor.core.testing.Pathways;
import org.openwor.core.testing.ReferralExamples;
import org.openwor.core.workflow.ActivityCategory;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;
import org.openwor.core.workflow.CaseWorkflow;
import org.openwor.core.workflow.ClientVerdict;
import org.openwor.core.workflow.ClosureReason;
import org.openwor.core.workflow.OtherTrackKind;
import org.openwor.core.workflow.TrackTiming;

/**
 * The canonical example documents of the wire format, one per top-level type, as values; their JSON is
 * kept in {@code src/test/resources/golden/}. They carry every optional property at least once, and the
 * personal values of {@link ReferralExamples} so that privacy tests can look for them.
 */
final class Documents {

    /** The folder of the golden files, relative to the module. */
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    private Documents() {}

    /**
     * A referral with every optional part: an AGB code, contact details, a four-domain assessment, a
     * life event with a date.
     *
     * @return the referral
     */
    static Referral referral() {
        return Referral.builder()
                .id("HA-2026-0042")
                .referralDate(ReferralExamples.REFERRAL_DATE)
                .referrer(Referrer.builder().role(ReferrerRole.GP).agbCode(AgbCode.of("01234567"))
                        .practiceReference("huisartsen-middelburg-oost").build())
                .client(Client.builder().reference("c-7f3a9").birthDate(ReferralExamples.BIRTH_DATE)
                        .municipalityCode("GM0687").postcodeArea("4331")
                        .contactDetails(ContactDetails.builder().phone(ReferralExamples.PHONE)
                                .email(ReferralExamples.EMAIL).build())
                        .build())
                .addSignals(SocialSignal.PSYCHOLOGICAL_COMPLAINTS, SocialSignal.LONELINESS_OR_LIMITED_NETWORK)
                .conversationTool(FourDomainAssessment.builder()
                        .putConcerns(LifeDomain.SOCIAL, "Weinig contact sinds de verhuizing")
                        .putConcerns(LifeDomain.MIND, "Piekert veel")
                        .addPriorities(LifeDomain.SOCIAL, LifeDomain.MIND)
                        .build())
                .visitsLast12Months(14)
                .lifeEvent(LifeEvent.of(false, LocalDate.of(2024, 6, 1)))
                .motivated(true)
                .consentToReferral(true)
                .consentToShareContactDetails(true)
                .registrationCode(IcpcCode.WELZIJN_OP_RECEPT)
                .build();
    }

    /**
     * The eligible decision on {@link #referral()}.
     *
     * @return the decision
     */
    static EligibilityDecision decision() {
        return EligibilityPolicy.defaults().evaluate(referral());
    }

    /**
     * The events of a case that went the whole way, from referral to completion.
     *
     * @return the events, in order
     */
    static List<CaseEvent> events() {
        Referral referral = referral();
        PositiveHealthScores intake = PositiveHealthScores.of(6, 4, 5, 5, 3, 6);
        PositiveHealthScores evaluation = PositiveHealthScores.of(7, 6, 6, 7, 6, 7);
        return List.of(
                CaseEvent.ReferralReceived.from("ev-1", LocalDate.of(2026, 3, 11), referral,
                        (EligibilityDecision.Eligible) decision(), Optional.of("welzijn-walcheren")),
                CaseEvent.ContactAttempted.of("ev-2", LocalDate.of(2026, 3, 13), false),
                CaseEvent.ContactAttempted.of("ev-3", LocalDate.of(2026, 3, 16), true),
                CaseEvent.IntakeHeld.builder().id("ev-4").date(LocalDate.of(2026, 3, 20))
                        .wishesAndNeeds("Wil weer onder de mensen komen, houdt van wandelen").scores(intake)
                        .putOtherTracks(OtherTrackKind.FINANCIAL, TrackTiming.ALONGSIDE).build(),
                CaseEvent.OtherSupportStarted.of("ev-5", LocalDate.of(2026, 3, 23), OtherTrackKind.FINANCIAL,
                        TrackTiming.ALONGSIDE),
                CaseEvent.ActivityMatched.of("ev-6", LocalDate.of(2026, 3, 27), "wandelgroep-oost",
                        ActivityCategory.EXERCISE),
                CaseEvent.ClientAccompanied.of("ev-7", LocalDate.of(2026, 4, 2)),
                CaseEvent.ParticipationStarted.of("ev-8", LocalDate.of(2026, 4, 2)),
                CaseEvent.OtherSupportFinished.of("ev-9", LocalDate.of(2026, 6, 15), OtherTrackKind.FINANCIAL),
                CaseEvent.EvaluationHeld.builder().id("ev-10").date(LocalDate.of(2026, 9, 21)).scores(evaluation)
                        .continuedParticipation(true).verdict(ClientVerdict.IMPROVED).build(),
                CaseEvent.FeedbackSent.of("ev-11", LocalDate.of(2026, 9, 24)),
                CaseEvent.CaseClosed.of("ev-12", LocalDate.of(2026, 9, 30), ClosureReason.COMPLETED, true));
    }

    /**
     * The case of {@link #events()}.
     *
     * @return the completed case
     */
    static Case caseValue() {
        return CaseWorkflow.defaults().replay(events()).get();
    }

    /**
     * A case event on its own: the intake of the case.
     *
     * @return the event
     */
    static CaseEvent caseEvent() {
        return events().get(3);
    }

    /**
     * The cases of the report and worklist examples: the golden case, the complete pathway of wor-core's
     * tests and three cases that were only referred, in March and April 2026.
     *
     * @return the cases
     */
    static List<Case> cases() {
        return List.of(caseValue(), CaseWorkflow.defaults().replay(Pathways.complete()).get(),
                referredOn(LocalDate.of(2026, 3, 2)), referredOn(LocalDate.of(2026, 3, 12)),
                referredOn(LocalDate.of(2026, 4, 1)));
    }

    private static Case referredOn(LocalDate date) {
        return CaseWorkflow.defaults().replay(Pathways.referredOn(date)).get();
    }

    /**
     * The indicator report of {@link #cases()} over 2026, by month, as of the end of the year.
     *
     * @return the report, with the default deadline policy
     */
    static IndicatorReport indicatorReport() {
        ReportSpec spec = ReportSpec.builder().from(LocalDate.of(2026, 1, 1)).to(LocalDate.of(2026, 12, 31))
                .asOf(LocalDate.of(2026, 12, 31)).grouping(Grouping.MONTH).build();
        return cases().stream().collect(IndicatorAccumulator.collector(spec));
    }

    /**
     * The indicator report published with a threshold of 2, so that some cells are hidden and some are
     * not.
     *
     * @return the published report
     */
    static PublishedReport publishedReport() {
        return indicatorReport().publish(SuppressionPolicy.threshold(2));
    }

    /**
     * The worklist of {@link #cases()} on 20 March 2026, for deadlines due within 14 days.
     *
     * @return the items
     */
    static WorklistItem[] worklist() {
        return DeadlinePolicy.defaults().worklist(cases(), LocalDate.of(2026, 3, 20), 14).toArray(new WorklistItem[0]);
    }

    /**
     * Returns the golden values by file name.
     *
     * @return the values
     */
    static Map<String, Object> golden() {
        return Map.of("referral.json", referral(), "eligibility-decision.json", decision(),
                "case.json", caseValue(), "case-event.json", caseEvent(), "indicator-report.json", indicatorReport(),
                "published-report.json", publishedReport(), "worklist.json", worklist());
    }

    /**
     * Returns the top-level type of a golden file.
     *
     * @param name the file name
     * @return the type to read it as
     */
    static Class<?> type(String name) {
        return Map.<String, Class<?>>of("referral.json", Referral.class, "eligibility-decision.json",
                EligibilityDecision.class, "case.json", Case.class, "case-event.json", CaseEvent.class,
                "indicator-report.json", IndicatorReport.class, "published-report.json", PublishedReport.class,
                "worklist.json", WorklistItem[].class).get(name);
    }

    /**
     * Reads a golden file.
     *
     * @param name the file name
     * @return its text
     */
    static String read(String name) {
        try {
            return Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
