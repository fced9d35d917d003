package org.openwor.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openwor.core.InvalidValueException;
import org.openwor.core.LifeEvent;
import org.openwor.core.ReferrerRole;
import org.openwor.core.SocialSignal;
import org.openwor.core.testing.ReferralExamples;

/** Examples for every line of DOMAIN.md "Who it is for" and "Who it is not for" (seed 003). */
class EligibilityPolicyTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private final EligibilityPolicy policy = EligibilityPolicy.defaults();

    private EligibilityDecision decide(ReferralExamples example) {
        return policy.evaluate(example.build());
    }

    private static IneligibilityReason[] reasons(EligibilityDecision decision) {
        assertThat(decision).isInstanceOf(EligibilityDecision.NotEligible.class);
        return ((EligibilityDecision.NotEligible) decision).reasons().toArray(new IneligibilityReason[0]);
    }

    // --- Who it is for ---

    @ParameterizedTest(name = "{0} alone is a social starting point")
    @EnumSource(SocialSignal.class)
    void everySignalFromSeed003IsASocialStartingPoint(SocialSignal signal) {
        EligibilityDecision decision = decide(ReferralExamples.eligible().signals(signal));
        assertThat(decision.isEligible()).isTrue();
        assertThat(((EligibilityDecision.Eligible) decision).inclusionSignals()).containsExactly(signal);
    }

    @Test
    void lonelyWidowAfterTheLossOfHerPartnerIsEligibleOnceTheEventIsNoLongerInTheForeground() {
        EligibilityDecision decision = decide(ReferralExamples.eligible()
                .signals(SocialSignal.LONELINESS_OR_LIMITED_NETWORK, SocialSignal.STUCK_IN_LIFE)
                .lifeEvent(LifeEvent.of(false, LocalDate.of(2024, 6, 1))));
        assertThat(decision.isEligible()).isTrue();
    }

    @Test
    void frequentAttendersOf10To20VisitsAreFlaggedAsTheGroupWithTheLargestGain() {
        assertThat(frequentAttender(9)).isFalse();
        assertThat(frequentAttender(10)).isTrue();
        assertThat(frequentAttender(20)).isTrue();
        assertThat(frequentAttender(21)).isFalse();
        assertThat(frequentAttender(null)).isFalse();
    }

    private boolean frequentAttender(Integer visits) {
        return ((EligibilityDecision.Eligible) decide(ReferralExamples.eligible().visits(visits))).frequentAttender();
    }

    @Test
    void visitCountsDoNotDecideEligibility() {
        assertThat(decide(ReferralExamples.eligible().visits(0)).isEligible()).isTrue();
        assertThat(decide(ReferralExamples.eligible().visits(45)).isEligible()).isTrue();
    }

    @ParameterizedTest(name = "{0} may refer")
    @EnumSource(ReferrerRole.class)
    void gpPracticeNursePhysiotherapistAndOtherPrimaryCareMayRefer(ReferrerRole role) {
        assertThat(decide(ReferralExamples.eligible().referredBy(role)).isEligible()).isTrue();
    }

    @Test
    void stableChronicPsychologicalComplaintsAreAnInclusionNotAnExclusion() {
        EligibilityDecision decision = decide(ReferralExamples.eligible()
                .signals(SocialSignal.STABLE_CHRONIC_PSYCHOLOGICAL_COMPLAINTS));
        assertThat(decision.isEligible()).isTrue();
    }

    @Test
    void theCoachMakesFirstContactOnlyWithConsentToShareContactDetails() {
        assertThat(((EligibilityDecision.Eligible) decide(ReferralExamples.eligible())).firstContact())
                .isEqualTo(FirstContact.COACH_CONTACTS_CLIENT);
        assertThat(((EligibilityDecision.Eligible) decide(ReferralExamples.eligible().noConsentToShareContactDetails()))
                .firstContact()).isEqualTo(FirstContact.CLIENT_CONTACTS_COACH);
    }

    // --- Who it is not for ---

    @Test
    void under18IsNeverEligible() {
        EligibilityDecision decision = decide(ReferralExamples.eligible().bornOn(LocalDate.of(2008, 3, 11)));
        assertThat(reasons(decision)).containsExactly(IneligibilityReason.UNDER_MINIMUM_AGE);
    }

    @Test
    void the18thBirthdayCountsAs18() {
        assertThat(decide(ReferralExamples.eligible().bornOn(LocalDate.of(2008, 3, 10))).isEligible()).isTrue();
    }

    @Test
    void someoneBornOn29FebruaryTurns18On1MarchInACommonYear() {
        ReferralExamples leapling = ReferralExamples.eligible().bornOn(LocalDate.of(2008, 2, 29));
        assertThat(decide(leapling.referredOn(LocalDate.of(2026, 2, 28))).isEligible()).isFalse();
        assertThat(decide(leapling.referredOn(LocalDate.of(2026, 3, 1))).isEligible()).isTrue();
        ReferralExamples inLeapYear = ReferralExamples.eligible().bornOn(LocalDate.of(2012, 2, 29));
        assertThat(decide(inLeapYear.referredOn(LocalDate.of(2030, 2, 28))).isEligible()).isFalse();
        assertThat(decide(ReferralExamples.eligible().bornOn(LocalDate.of(2012, 2, 29))
                .referredOn(LocalDate.of(2032, 2, 29))).isEligible()).isTrue();
    }

    @Test
    void unstablePsychiatricOrComplexHeavyProblemsExclude() {
        assertThat(reasons(decide(ReferralExamples.eligible().unstablePsychiatricProblems())))
                .containsExactly(IneligibilityReason.UNSTABLE_PSYCHIATRIC_OR_COMPLEX_PROBLEMS);
    }

    @Test
    void aLifeEventStillInTheForegroundExcludes() {
        assertThat(reasons(decide(ReferralExamples.eligible().lifeEvent(LifeEvent.of(true)))))
                .containsExactly(IneligibilityReason.LIFE_EVENT_TOO_RECENT);
    }

    @Test
    void aRecencyWindowExcludesARecentLifeEventWhateverTheReferrerJudged() {
        EligibilityPolicy threeMonths = EligibilityPolicy.builder().lifeEventRecencyWindow(Period.ofMonths(3)).build();
        ReferralExamples recent = ReferralExamples.eligible().lifeEvent(LifeEvent.of(false, LocalDate.of(2026, 1, 2)));
        ReferralExamples older = ReferralExamples.eligible().lifeEvent(LifeEvent.of(false, LocalDate.of(2025, 12, 10)));
        assertThat(threeMonths.evaluate(recent.build()).isEligible()).isFalse();
        assertThat(threeMonths.evaluate(older.build()).isEligible()).isTrue();
        assertThat(policy.evaluate(recent.build()).isEligible()).isTrue();
    }

    @Test
    void aConcreteRequestForIndicatedCareExcludes() {
        assertThat(reasons(decide(ReferralExamples.eligible().concreteCareRequest())))
                .containsExactly(IneligibilityReason.CONCRETE_CARE_REQUEST);
    }

    @Test
    void aReferralWithoutASocialStartingPointIsNotEligible() {
        assertThat(reasons(decide(ReferralExamples.eligible().signals())))
                .containsExactly(IneligibilityReason.NO_SOCIAL_STARTING_POINT);
    }

    @Test
    void theClientMustBeMotivatedAndAgree() {
        assertThat(reasons(decide(ReferralExamples.eligible().notMotivated())))
                .containsExactly(IneligibilityReason.NOT_MOTIVATED);
        assertThat(reasons(decide(ReferralExamples.eligible().noConsent())))
                .containsExactly(IneligibilityReason.NO_CONSENT_TO_REFERRAL);
    }

    @Test
    void everyReasonThatAppliesIsReportedInTheStableOrder() {
        EligibilityDecision decision = decide(ReferralExamples.eligible().bornOn(LocalDate.of(2010, 1, 1))
                .noConsent().signals().concreteCareRequest().unstablePsychiatricProblems().notMotivated()
                .lifeEvent(LifeEvent.of(true)));
        assertThat(reasons(decision)).containsExactly(IneligibilityReason.values());
        assertThat(decision.toValidation().getError()).containsExactly(IneligibilityReason.values());
    }

    // --- Messages ---

    @Test
    void theDecisionReadsInDutchForTheNetherlandsAndInEnglishOtherwise() {
        EligibilityDecision decision = decide(ReferralExamples.eligible().notMotivated().noConsent());
        assertThat(decision.summary(DUTCH)).isEqualTo("""
                Welzijn op Recept past niet bij deze verwijzing, omdat:
                - De cliënt is niet gemotiveerd om iets in de eigen situatie te veranderen.
                - De cliënt stemt niet in met de verwijzing.""");
        assertThat(decision.summary(Locale.UK)).isEqualTo("""
                Welzijn op Recept does not fit this referral, because:
                - The client is not motivated to change something in their situation.
                - The client does not agree to the referral.""");
    }

    @Test
    void anEligibleSummaryNamesTheSignalsTheFrequentAttenderAndWhoCalls() {
        String summary = decide(ReferralExamples.eligible()).summary(DUTCH);
        assertThat(summary).startsWith("Welzijn op Recept past bij deze verwijzing.")
                .contains("eenzaamheid").contains("Frequente bezoeker").contains("De welzijnscoach neemt contact op");
    }

    @Test
    void theDefaultLocaleNeverChangesTheLanguageAskedFor() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(DUTCH);
            assertThat(IneligibilityReason.NOT_MOTIVATED.text(Locale.ENGLISH)).startsWith("The client is not");
            Locale.setDefault(Locale.ENGLISH);
            assertThat(IneligibilityReason.NOT_MOTIVATED.text(DUTCH)).startsWith("De cliënt is niet");
        } finally {
            Locale.setDefault(saved);
        }
    }

    // --- The policy itself ---

    @Test
    void theDefaultsAreDocumented() {
        assertThat(policy.minimumAge()).isEqualTo(18);
        assertThat(policy.frequentAttenderMinVisits()).isEqualTo(10);
        assertThat(policy.frequentAttenderMaxVisits()).isEqualTo(20);
        assertThat(policy.lifeEventRecencyWindow()).isEmpty();
    }

    @Test
    void anInvalidPolicyFailsWithTheFieldAndTheRule() {
        assertThatThrownBy(() -> EligibilityPolicy.builder().frequentAttenderMinVisits(30).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("frequentAttenderMinVisits");
                    assertThat(e.rule()).isEqualTo("frequent-attender-band");
                });
        assertThatThrownBy(() -> EligibilityPolicy.builder().lifeEventRecencyWindow(Period.ZERO).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("lifeEventRecencyWindow");
        assertThatThrownBy(() -> EligibilityPolicy.builder().minimumAge(-1).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("minimumAge");
    }

    @Test
    void theBoundsOfThePolicyAreInclusive() {
        assertThat(EligibilityPolicy.builder().minimumAge(0).build().minimumAge()).isZero();
        assertThat(EligibilityPolicy.builder().minimumAge(130).build().minimumAge()).isEqualTo(130);
        assertThatThrownBy(() -> EligibilityPolicy.builder().minimumAge(131).build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("minimum-age-range"));
        EligibilityPolicy oneVisit = EligibilityPolicy.builder().frequentAttenderMinVisits(0)
                .frequentAttenderMaxVisits(0).build();
        assertThat(oneVisit.isFrequentAttender(0)).isTrue();
        assertThat(oneVisit.isFrequentAttender(1)).isFalse();
        assertThatThrownBy(() -> EligibilityPolicy.builder().frequentAttenderMinVisits(-1).build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("frequent-attender-band"));
    }

    @Test
    void aDecisionThatIsNotEligibleHasEachReasonOnceInTheStableOrder() {
        assertThat(EligibilityDecision.NotEligible.of("R-1", java.util.List.of(IneligibilityReason.UNDER_MINIMUM_AGE,
                IneligibilityReason.NOT_MOTIVATED)).reasons())
                .containsExactly(IneligibilityReason.UNDER_MINIMUM_AGE, IneligibilityReason.NOT_MOTIVATED);
        for (java.util.List<IneligibilityReason> wrong : java.util.List.of(
                java.util.List.of(IneligibilityReason.NOT_MOTIVATED, IneligibilityReason.UNDER_MINIMUM_AGE),
                java.util.List.of(IneligibilityReason.NOT_MOTIVATED, IneligibilityReason.NOT_MOTIVATED),
                java.util.List.<IneligibilityReason>of())) {
            assertThatThrownBy(() -> EligibilityDecision.NotEligible.of("R-1", wrong))
                    .as("reasons %s", wrong)
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo("reasons-ordered"));
        }
    }

    @Test
    void theCodesOnTheWireAreTheNamesInLowercaseWithHyphens() {
        assertThat(IneligibilityReason.UNDER_MINIMUM_AGE.code()).isEqualTo("under-minimum-age");
        assertThat(FirstContact.COACH_CONTACTS_CLIENT.code()).isEqualTo("coach-contacts-client");
        for (IneligibilityReason reason : IneligibilityReason.values()) {
            assertThat(reason.code()).isEqualTo(reason.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            assertThat(IneligibilityReason.fromCode(reason.code())).isSameAs(reason);
        }
        for (FirstContact contact : FirstContact.values()) {
            assertThat(contact.code()).isEqualTo(contact.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            assertThat(FirstContact.fromCode(contact.code())).isSameAs(contact);
        }
        assertThatThrownBy(() -> IneligibilityReason.fromCode("too-young")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FirstContact.fromCode("UNDER_MINIMUM_AGE")).isInstanceOf(IllegalArgumentException.class);
    }
}
