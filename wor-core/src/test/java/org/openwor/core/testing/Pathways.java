package org.openwor.core.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openwor.core.PositiveHealthScores;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.eligibility.EligibilityPolicy;
import org.openwor.core.workflow.ActivityCategory;
import org.openwor.core.workflow.CaseEvent;
import org.openwor.core.workflow.ClientVerdict;
import org.openwor.core.workflow.ClosureReason;

/** Readable event histories for example tests, along the pathway of seeds 003 and 004. */
public final class Pathways {

    /** The referral date of {@link #complete()}: 10 March 2026. */
    public static final LocalDate REFERRAL = ReferralExamples.REFERRAL_DATE;

    private Pathways() {}

    /**
     * The received referral of the eligible example referral, received a day after the referral date.
     *
     * @return the event
     */
    public static CaseEvent.ReferralReceived received() {
        var referral = ReferralExamples.eligible().build();
        var decision = (EligibilityDecision.Eligible) EligibilityPolicy.defaults().evaluate(referral);
        return CaseEvent.ReferralReceived.from("e0", REFERRAL.plusDays(1), referral, decision, Optional.of("meerwaarde"));
    }

    /**
     * A referral received on its referral date, with no further events.
     *
     * @param referralDate the referral date
     * @param referralId the referral id, also the case id
     * @return the single event
     */
    public static List<CaseEvent> referredOn(LocalDate referralDate, String referralId) {
        var referral = ReferralExamples.eligible().id(referralId).referredOn(referralDate).build();
        var decision = (EligibilityDecision.Eligible) EligibilityPolicy.defaults().evaluate(referral);
        return List.of(CaseEvent.ReferralReceived.from("e0", referralDate, referral, decision, Optional.empty()));
    }

    /**
     * A referral received on its referral date, with no further events.
     *
     * @param referralDate the referral date
     * @return the single event
     */
    public static List<CaseEvent> referredOn(LocalDate referralDate) {
        return referredOn(referralDate, "R-" + referralDate);
    }

    /**
     * The whole pathway: referral, a missed and a successful contact, intake, activity with accompaniment,
     * evaluation after about six months, feedback and closure as completed.
     *
     * @return ten events
     */
    public static List<CaseEvent> complete() {
        return List.of(
                received(),
                CaseEvent.ContactAttempted.of("e1", REFERRAL.plusDays(3), false),
                CaseEvent.ContactAttempted.of("e2", REFERRAL.plusDays(6), true),
                CaseEvent.IntakeHeld.builder().id("e3").date(REFERRAL.plusDays(12)).wishesAndNeeds("weer wandelen")
                        .scores(PositiveHealthScores.of(5, 4, 4, 5, 3, 6)).build(),
                CaseEvent.ActivityMatched.of("e4", REFERRAL.plusDays(20), "wandelgroep-oost", ActivityCategory.EXERCISE),
                CaseEvent.ClientAccompanied.of("e5", REFERRAL.plusDays(27)),
                CaseEvent.ParticipationStarted.of("e6", REFERRAL.plusDays(27)),
                CaseEvent.EvaluationHeld.builder().id("e7").date(REFERRAL.plusDays(200))
                        .scores(PositiveHealthScores.of(6, 6, 5, 6, 6, 7)).continuedParticipation(true)
                        .verdict(ClientVerdict.IMPROVED).build(),
                CaseEvent.FeedbackSent.of("e8", REFERRAL.plusDays(205)),
                CaseEvent.CaseClosed.of("e9", REFERRAL.plusDays(206), ClosureReason.COMPLETED, true));
    }
}
