package org.openwor.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.openwor.core.PositiveHealthDimension;
import org.openwor.core.Referral;
import org.openwor.core.ReferrerRole;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.eligibility.EligibilityPolicy;
import org.openwor.core.eligibility.IneligibilityReason;
import org.openwor.core.testing.Pathways;
import org.openwor.core.testing.ReferralExamples;
import org.openwor.core.workflow.ActivityCategory;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;
import org.openwor.core.workflow.CaseWorkflow;
import org.openwor.core.workflow.ClosureReason;
import org.openwor.core.workflow.OtherTrackKind;
import org.openwor.core.workflow.TrackTiming;

/**
 * Every indicator on a small set of cases computed by hand. Period: March 2026, judged on 1 March 2027.
 * <ul>
 *   <li>A: the whole pathway (GP, 14 visits before, 8 after), evaluated four days late;</li>
 *   <li>B: physiotherapist, never reached, closed as unreachable on 20 April (39 days);</li>
 *   <li>C: GP, reached after 5 days, intake on 1 April finds debts must come first, still open;</li>
 *   <li>D: referred 5 April, outside the period; I1: not eligible (under 18, not motivated);
 *       I2: not eligible, referred in February, outside the period.</li>
 * </ul>
 */
class IndicatorAccumulatorTest {

    private static final ReportSpec SPEC = ReportSpec.builder().from(LocalDate.of(2026, 3, 1))
            .to(LocalDate.of(2026, 3, 31)).asOf(LocalDate.of(2027, 3, 1)).grouping(Grouping.REFERRER_ROLE).build();

    private static Case replay(List<CaseEvent> events) {
        return CaseWorkflow.defaults().replay(events).get();
    }

    private static CaseEvent.ReferralReceived received(Referral referral) {
        var decision = (EligibilityDecision.Eligible) EligibilityPolicy.defaults().evaluate(referral);
        return CaseEvent.ReferralReceived.from("r", referral.referralDate(), referral, decision, Optional.empty());
    }

    private static IneligibleReferral ineligible(String id, LocalDate date) {
        Referral referral = ReferralExamples.eligible().id(id).referredOn(date).bornOn(date.minusYears(16)).notMotivated()
                .build();
        return IneligibleReferral.from(referral,
                (EligibilityDecision.NotEligible) EligibilityPolicy.defaults().evaluate(referral));
    }

    static IndicatorReport report() {
        Case a = replay(Pathways.complete());
        LocalDate b0 = LocalDate.of(2026, 3, 12);
        Case b = replay(List.of(
                received(ReferralExamples.eligible().id("B").referredBy(ReferrerRole.PHYSIOTHERAPIST).referredOn(b0).build()),
                CaseEvent.ContactAttempted.of("b1", LocalDate.of(2026, 3, 20), false),
                CaseEvent.CaseClosed.of("b2", LocalDate.of(2026, 4, 20), ClosureReason.UNREACHABLE, true)));
        Case c = replay(List.of(
                received(ReferralExamples.eligible().id("C").visits(null).referredOn(LocalDate.of(2026, 3, 20)).build()),
                CaseEvent.ContactAttempted.of("c1", LocalDate.of(2026, 3, 25), true),
                CaseEvent.IntakeHeld.builder().id("c2").date(LocalDate.of(2026, 4, 1)).wishesAndNeeds("rust in het hoofd")
                        .putOtherTracks(OtherTrackKind.FINANCIAL, TrackTiming.BEFORE).build()));
        Case d = replay(List.of(received(ReferralExamples.eligible().id("D").referredOn(LocalDate.of(2026, 4, 5)).build())));
        IndicatorAccumulator acc = new IndicatorAccumulator(SPEC);
        acc.add(a, OptionalInt.of(8)).add(b).add(c).add(d);
        acc.add(ineligible("I1", LocalDate.of(2026, 3, 15))).add(ineligible("I2", LocalDate.of(2026, 2, 28)));
        return acc.result();
    }

    private static IndicatorValue total(Indicator indicator) {
        return report().total().value(indicator);
    }

    private static IndicatorValue total(Indicator indicator, org.openwor.core.Localized term) {
        return report().total().value(IndicatorKey.of(indicator, term));
    }

    @Test
    void referralsEligibilityAndReach() {
        IndicatorReport report = report();
        assertThat(report.excluded()).isEqualTo(2);
        assertThat(total(Indicator.REFERRALS)).isEqualTo(new IndicatorValue.Count(4));
        assertThat(total(Indicator.NOT_ELIGIBLE_BY_REASON, IneligibilityReason.UNDER_MINIMUM_AGE))
                .isEqualTo(new IndicatorValue.Count(1));
        assertThat(total(Indicator.NOT_ELIGIBLE_BY_REASON, IneligibilityReason.NOT_MOTIVATED))
                .isEqualTo(new IndicatorValue.Count(1));
        assertThat(total(Indicator.NOT_ELIGIBLE_BY_REASON, IneligibilityReason.NO_CONSENT_TO_REFERRAL))
                .isEqualTo(new IndicatorValue.Count(0));
        assertThat(total(Indicator.CASES)).isEqualTo(new IndicatorValue.Count(3));
        assertThat(total(Indicator.FREQUENT_ATTENDERS)).isEqualTo(new IndicatorValue.Share(2, 3));
        assertThat(total(Indicator.CONTACTED)).isEqualTo(new IndicatorValue.Share(2, 3));
        assertThat(total(Indicator.FIRST_CONTACT_ON_TIME)).isEqualTo(new IndicatorValue.Share(2, 3));
        assertThat(total(Indicator.DAYS_TO_FIRST_CONTACT_MEDIAN)).isEqualTo(new IndicatorValue.Quantile(5.5, 2));
        assertThat(total(Indicator.DAYS_TO_FIRST_CONTACT_P90)).isEqualTo(new IndicatorValue.Quantile(6, 2));
        assertThat(total(Indicator.UNREACHABLE)).isEqualTo(new IndicatorValue.Share(1, 3));
    }

    @Test
    void intakeActivityAndEvaluation() {
        assertThat(total(Indicator.INTAKE_HELD)).isEqualTo(new IndicatorValue.Share(2, 3));
        assertThat(total(Indicator.OTHER_TRACK_FIRST, OtherTrackKind.FINANCIAL)).isEqualTo(new IndicatorValue.Share(1, 2));
        assertThat(total(Indicator.OTHER_TRACK_FIRST, OtherTrackKind.HOUSING)).isEqualTo(new IndicatorValue.Share(0, 2));
        assertThat(total(Indicator.ACTIVITY_MATCHED)).isEqualTo(new IndicatorValue.Share(1, 2));
        assertThat(total(Indicator.ACTIVITY_CATEGORY, ActivityCategory.EXERCISE)).isEqualTo(new IndicatorValue.Count(1));
        assertThat(total(Indicator.ACTIVITY_CATEGORY, ActivityCategory.VOLUNTEERING)).isEqualTo(new IndicatorValue.Count(0));
        assertThat(total(Indicator.EVALUATION_HELD)).isEqualTo(new IndicatorValue.Share(1, 3));
        assertThat(total(Indicator.CONTINUED_PARTICIPATION)).isEqualTo(new IndicatorValue.Share(1, 1));
        // A evaluated late; C overdue since 1 October 2026; B never had an evaluation due.
        assertThat(total(Indicator.EVALUATION_ON_TIME)).isEqualTo(new IndicatorValue.Share(0, 2));
        assertThat(total(Indicator.FEEDBACK_ON_TIME)).isEqualTo(new IndicatorValue.Share(1, 1));
    }

    @Test
    void outcomesOverPairedMeasurementsOnly() {
        int[] change = {1, 2, 1, 1, 3, 1};
        for (PositiveHealthDimension dimension : PositiveHealthDimension.values()) {
            assertThat(total(Indicator.POSITIVE_HEALTH_CHANGE_MEAN, dimension))
                    .isEqualTo(new IndicatorValue.Mean(change[dimension.ordinal()], 1));
            assertThat(total(Indicator.POSITIVE_HEALTH_IMPROVED, dimension)).isEqualTo(new IndicatorValue.Share(1, 1));
        }
        assertThat(total(Indicator.GP_VISITS_CHANGE_MEAN)).isEqualTo(new IndicatorValue.Mean(-6, 1));
        assertThat(total(Indicator.GP_VISITS_CHANGE_MEDIAN)).isEqualTo(new IndicatorValue.Quantile(-6, 1));
        assertThat(total(Indicator.GP_VISITS_REDUCED)).isEqualTo(new IndicatorValue.Share(1, 1));
    }

    @Test
    void closuresAndLength() {
        assertThat(total(Indicator.CLOSURE_REASON, ClosureReason.COMPLETED)).isEqualTo(new IndicatorValue.Count(1));
        assertThat(total(Indicator.CLOSURE_REASON, ClosureReason.UNREACHABLE)).isEqualTo(new IndicatorValue.Count(1));
        assertThat(total(Indicator.CASE_LENGTH_MEDIAN)).isEqualTo(new IndicatorValue.Quantile(122.5, 2));
    }

    @Test
    void rowsPerReferrerRoleAddUpToTheTotal() {
        IndicatorReport report = report();
        assertThat(report.groups()).extracting(ReportRow::group).containsExactly("gp", "physiotherapist");
        assertThat(report.groups().get(0).value(Indicator.REFERRALS)).isEqualTo(new IndicatorValue.Count(3));
        assertThat(report.groups().get(0).value(Indicator.CASES)).isEqualTo(new IndicatorValue.Count(2));
        assertThat(report.groups().get(1).value(Indicator.UNREACHABLE)).isEqualTo(new IndicatorValue.Share(1, 1));
        assertThat(report.total().isTotal()).isTrue();
    }

    @Test
    void publishingHidesSmallCellsAndTheirComplements() {
        PublishedReport published = report().publish(SuppressionPolicy.threshold(3));
        PublishedReport.Row total = published.rows().get(2);
        assertThat(total.cell(IndicatorKey.of(Indicator.CASES))).contains(new IndicatorValue.Count(3));
        // 2 of 3: the numerator is below 3.
        assertThat(total.text(IndicatorKey.of(Indicator.CONTACTED))).isEqualTo("*");
        // 4 referrals - 3 cases = 1 ineligible referral, which could be singled out.
        assertThat(total.cell(IndicatorKey.of(Indicator.REFERRALS))).isEmpty();
        assertThat(total.cell(IndicatorKey.of(Indicator.DAYS_TO_FIRST_CONTACT_MEDIAN))).isEmpty();
        assertThat(published.rows().get(0).cell(IndicatorKey.of(Indicator.NOT_ELIGIBLE_BY_REASON,
                IneligibilityReason.NOT_MOTIVATED))).isEmpty();
        assertThat(published.rows().get(0).cell(IndicatorKey.of(Indicator.NOT_ELIGIBLE_BY_REASON,
                IneligibilityReason.NO_CONSENT_TO_REFERRAL))).contains(new IndicatorValue.Count(0));
    }

    @Test
    void theSpecificationIsChecked() {
        assertThatThrownBy(() -> ReportSpec.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 1))).hasMessageContaining("to:");
        IndicatorAccumulator other = new IndicatorAccumulator(ReportSpec.of(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 1)));
        assertThatThrownBy(() -> new IndicatorAccumulator(SPEC).merge(other)).hasMessageContaining("other:");
        assertThat(Map.of("k", IndicatorKey.fromCode("closure-reason/dropped-out")).get("k").indicator())
                .isEqualTo(Indicator.CLOSURE_REASON);
    }
}
