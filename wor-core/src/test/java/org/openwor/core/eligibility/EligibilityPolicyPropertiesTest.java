package org.openwor.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.openwor.core.LifeEvent;
import org.openwor.core.Referral;
import org.openwor.core.SocialSignal;
import org.openwor.core.testing.WorArbitraries;

/** Properties of {@link EligibilityPolicy}, each checked against an oracle written here, independently. */
class EligibilityPolicyPropertiesTest {

    private final EligibilityPolicy policy = EligibilityPolicy.defaults();

    @Provide
    Arbitrary<Referral> referrals() {
        return WorArbitraries.referrals();
    }

    @Provide
    Arbitrary<EligibilityPolicy> policies() {
        return Arbitraries.integers().between(0, 30).flatMap(age -> Arbitraries.integers().between(0, 15)
                .flatMap(min -> Arbitraries.integers().between(min, 40).flatMap(max ->
                        Arbitraries.integers().between(1, 24).optional(0.5).map(months -> EligibilityPolicy.builder()
                                .minimumAge(age)
                                .frequentAttenderMinVisits(min)
                                .frequentAttenderMaxVisits(max)
                                .lifeEventRecencyWindow(months.map(Period::ofMonths))
                                .build()))));
    }

    /** The oracle: the reasons written out rule by rule, with age counted by comparing month and day. */
    static Set<IneligibilityReason> expectedReasons(EligibilityPolicy policy, Referral referral) {
        Set<IneligibilityReason> reasons = EnumSet.noneOf(IneligibilityReason.class);
        LocalDate birth = referral.client().birthDate();
        LocalDate on = referral.referralDate();
        int age = on.getYear() - birth.getYear();
        if (on.getMonthValue() < birth.getMonthValue()
                || (on.getMonthValue() == birth.getMonthValue() && on.getDayOfMonth() < birth.getDayOfMonth())) {
            age--;
        }
        if (age < policy.minimumAge()) {
            reasons.add(IneligibilityReason.UNDER_MINIMUM_AGE);
        }
        if (referral.unstablePsychiatricOrComplexProblems()) {
            reasons.add(IneligibilityReason.UNSTABLE_PSYCHIATRIC_OR_COMPLEX_PROBLEMS);
        }
        if (referral.lifeEvent().isPresent()) {
            LifeEvent event = referral.lifeEvent().get();
            boolean recentByDate = policy.lifeEventRecencyWindow().isPresent() && event.date().isPresent()
                    && on.isBefore(event.date().get().plus(policy.lifeEventRecencyWindow().get()));
            if (event.stillInForeground() || recentByDate) {
                reasons.add(IneligibilityReason.LIFE_EVENT_TOO_RECENT);
            }
        }
        if (referral.concreteCareRequest()) {
            reasons.add(IneligibilityReason.CONCRETE_CARE_REQUEST);
        }
        if (referral.signals().isEmpty()) {
            reasons.add(IneligibilityReason.NO_SOCIAL_STARTING_POINT);
        }
        if (!referral.motivated()) {
            reasons.add(IneligibilityReason.NOT_MOTIVATED);
        }
        if (!referral.consentToReferral()) {
            reasons.add(IneligibilityReason.NO_CONSENT_TO_REFERRAL);
        }
        return reasons;
    }

    @Property
    void nobodyUnder18IsEverEligible(@ForAll("referrals") Referral referral) {
        LocalDate eighteenthBirthday = referral.client().birthDate().plusYears(18);
        if (referral.client().birthDate().getMonthValue() == 2 && referral.client().birthDate().getDayOfMonth() == 29
                && !eighteenthBirthday.isLeapYear()) {
            eighteenthBirthday = eighteenthBirthday.plusDays(1);
        }
        if (referral.referralDate().isBefore(eighteenthBirthday)) {
            EligibilityDecision decision = policy.evaluate(referral);
            assertThat(decision.isEligible()).isFalse();
            assertThat(((EligibilityDecision.NotEligible) decision).reasons())
                    .contains(IneligibilityReason.UNDER_MINIMUM_AGE);
        }
    }

    @Property
    void theReasonsAreExactlyTheViolatedRulesInStableOrder(@ForAll("referrals") Referral referral,
            @ForAll("policies") EligibilityPolicy anyPolicy) {
        Set<IneligibilityReason> expected = expectedReasons(anyPolicy, referral);
        EligibilityDecision decision = anyPolicy.evaluate(referral);

        assertThat(decision.isEligible()).isEqualTo(expected.isEmpty());
        assertThat(decision.referralId()).isEqualTo(referral.id());
        if (decision instanceof EligibilityDecision.NotEligible notEligible) {
            assertThat(notEligible.reasons()).containsExactlyElementsOf(expected);
        } else {
            EligibilityDecision.Eligible eligible = (EligibilityDecision.Eligible) decision;
            assertThat(eligible.inclusionSignals()).isEqualTo(referral.signals());
            int visits = referral.visitsLast12Months().orElse(-1);
            assertThat(eligible.frequentAttender()).isEqualTo(visits >= anyPolicy.frequentAttenderMinVisits()
                    && visits <= anyPolicy.frequentAttenderMaxVisits());
            assertThat(eligible.firstContact()).isEqualTo(referral.consentToShareContactDetails()
                    ? FirstContact.COACH_CONTACTS_CLIENT : FirstContact.CLIENT_CONTACTS_COACH);
        }
        assertThat(anyPolicy.validate(referral).isValid()).isEqualTo(expected.isEmpty());
    }

    @Property
    void addingAnExclusionOrWithdrawingConsentNeverMakesEligible(@ForAll("referrals") Referral referral,
            @ForAll @IntRange(min = 1, max = 4) int change) {
        Referral worse = worsen(referral, change);
        EligibilityDecision before = policy.evaluate(referral);
        EligibilityDecision after = policy.evaluate(worse);

        assertThat(after.isEligible()).isFalse().as("a change %s never makes %s eligible", change, worse.id());
        if (!before.isEligible()) {
            assertThat(((EligibilityDecision.NotEligible) after).reasons())
                    .containsAll(((EligibilityDecision.NotEligible) before).reasons());
        }
    }

    private static Referral worsen(Referral referral, int change) {
        return rebuild(referral, referral.signals(),
                change == 1 || referral.unstablePsychiatricOrComplexProblems(),
                change == 2 || referral.concreteCareRequest(),
                change == 3 ? java.util.Optional.of(LifeEvent.of(true)) : referral.lifeEvent(),
                change != 4 && referral.consentToReferral()).build();
    }

    @Property
    void evaluationIsDeterministic(@ForAll("referrals") Referral referral) {
        EligibilityDecision first = policy.evaluate(referral);
        EligibilityDecision second = EligibilityPolicy.builder().build().evaluate(rebuild(referral).build());
        assertThat(second).isEqualTo(first);
        assertThat(second.summary(java.util.Locale.ENGLISH)).isEqualTo(first.summary(java.util.Locale.ENGLISH));
    }

    @Property
    void stableChronicPsychologicalComplaintsNeverExclude(@ForAll("referrals") Referral referral) {
        Set<SocialSignal> withStable = EnumSet.of(SocialSignal.STABLE_CHRONIC_PSYCHOLOGICAL_COMPLAINTS);
        withStable.addAll(referral.signals());
        Referral stable = rebuild(referral, withStable).build();

        EligibilityDecision decision = policy.evaluate(stable);
        Set<IneligibilityReason> expected = expectedReasons(policy, stable);
        assertThat(expected).doesNotContain(IneligibilityReason.NO_SOCIAL_STARTING_POINT);
        java.util.List<IneligibilityReason> actual = decision.toValidation().fold(r -> r, e -> java.util.List.of());
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    /** A builder with every attribute of the referral; strict builders have no {@code from}. */
    static Referral.Builder rebuild(Referral referral) {
        return rebuild(referral, referral.signals());
    }

    private static Referral.Builder rebuild(Referral referral, Set<SocialSignal> signals) {
        return rebuild(referral, signals, referral.unstablePsychiatricOrComplexProblems(),
                referral.concreteCareRequest(), referral.lifeEvent(), referral.consentToReferral());
    }

    private static Referral.Builder rebuild(Referral referral, Set<SocialSignal> signals, boolean unstable,
            boolean careRequest, java.util.Optional<LifeEvent> lifeEvent, boolean consent) {
        Referral.Builder builder = Referral.builder()
                .id(referral.id())
                .referralDate(referral.referralDate())
                .referrer(referral.referrer())
                .client(referral.client())
                .addAllSignals(signals)
                .conversationTool(referral.conversationTool())
                .lifeEvent(lifeEvent)
                .unstablePsychiatricOrComplexProblems(unstable)
                .concreteCareRequest(careRequest)
                .motivated(referral.motivated())
                .consentToReferral(consent)
                .consentToShareContactDetails(referral.consentToShareContactDetails())
                .registrationCode(referral.registrationCode());
        referral.visitsLast12Months().ifPresent(builder::visitsLast12Months);
        return builder;
    }
}
