package org.openwor.core.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.openwor.core.PositiveHealthScores;
import org.openwor.core.ReferrerRole;
import org.openwor.core.SocialSignal;
import org.openwor.core.eligibility.FirstContact;
import org.openwor.core.workflow.ActivityCategory;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;
import org.openwor.core.workflow.CaseWorkflow;
import org.openwor.core.workflow.ClientVerdict;
import org.openwor.core.workflow.ClosureReason;
import org.openwor.core.workflow.OtherTrackKind;
import org.openwor.core.workflow.StopReason;
import org.openwor.core.workflow.TrackTiming;

/**
 * jqwik arbitraries for case events and cases, shared with wor-json's tests. Events are drawn from a
 * small pool of ids and nearby dates so that duplicates, conflicts and out-of-order dates are common.
 */
public final class CaseArbitraries {

    private CaseArbitraries() {}

    /**
     * A received referral on a referral date in 2024–2026.
     *
     * @return referral-received events
     */
    public static Arbitrary<CaseEvent.ReferralReceived> referralsReceived() {
        Arbitrary<LocalDate> referralDate = WorArbitraries.dates(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
        return Combinators.combine(referralDate, Arbitraries.integers().between(0, 5),
                        Arbitraries.of(ReferrerRole.class), Arbitraries.integers().between(1, 12),
                        Arbitraries.of(SocialSignal.class).set().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.integers().between(0, 30).optional(0.8),
                        WorArbitraries.positiveHealthScores().optional(0.5), Arbitraries.integers().between(1, 99_999))
                .as((date, delay, role, practice, signals, visits, scores, n) -> {
                    CaseEvent.ReferralReceived.Builder b = CaseEvent.ReferralReceived.builder()
                            .id("e-received").date(date.plusDays(delay)).referralId("R-" + n).referralDate(date)
                            .referrerRole(role).practiceReference("practice-" + practice)
                            .coachOrganisation(Optional.of("welzijn-" + (practice % 3)))
                            .municipalityCode(Optional.of(String.format("GM%04d", 600 + practice)))
                            .addAllSignals(signals).frequentAttender(visits.map(v -> v >= 10 && v <= 20).orElse(false))
                            .firstContact(n % 2 == 0 ? FirstContact.COACH_CONTACTS_CLIENT : FirstContact.CLIENT_CONTACTS_COACH)
                            .baselineScores(scores);
                    visits.ifPresent(b::visitsLast12Months);
                    return b.build();
                });
    }

    /**
     * Any event after a referral received on a date: every type, ids from a small pool, dates a little
     * before to a year after.
     *
     * @param referralDate the referral date
     * @return events
     */
    public static Arbitrary<CaseEvent> eventsAfter(LocalDate referralDate) {
        Arbitrary<String> id = Arbitraries.integers().between(1, 40).map(n -> "e" + n);
        Arbitrary<LocalDate> date = Arbitraries.integers().between(-5, 400).map(referralDate::plusDays);
        Arbitrary<Optional<PositiveHealthScores>> scores = WorArbitraries.positiveHealthScores().optional(0.6);
        return Arbitraries.integers().between(0, 11).flatMap(kind -> Combinators.combine(id, date, scores,
                        Arbitraries.of(OtherTrackKind.class), Arbitraries.of(TrackTiming.class), Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 100))
                .as((i, d, s, track, timing, flag, n) -> event(kind, i, d, s, track, timing, flag, n)));
    }

    private static CaseEvent event(int kind, String id, LocalDate date, Optional<PositiveHealthScores> scores,
            OtherTrackKind track, TrackTiming timing, boolean flag, int n) {
        return switch (kind) {
            case 0 -> CaseEvent.ContactAttempted.of(id, date, flag || n % 3 != 0);
            case 1 -> CaseEvent.IntakeHeld.builder().id(id).date(date).wishesAndNeeds("wil weer onder de mensen komen")
                    .scores(scores).putAllOtherTracks(n % 4 == 0 ? java.util.Map.of(track, timing) : java.util.Map.of())
                    .build();
            case 2 -> CaseEvent.OtherSupportStarted.of(id, date, track, timing);
            case 3 -> CaseEvent.OtherSupportFinished.of(id, date, track);
            case 4 -> CaseEvent.ActivityMatched.of(id, date, "activity-" + (n % 17),
                    ActivityCategory.values()[n % ActivityCategory.values().length]);
            case 5 -> CaseEvent.ClientAccompanied.of(id, date);
            case 6 -> CaseEvent.ParticipationStarted.of(id, date);
            case 7 -> CaseEvent.ParticipationStopped.of(id, date, StopReason.values()[n % StopReason.values().length]);
            case 8 -> CaseEvent.EvaluationHeld.builder().id(id).date(date).scores(scores).continuedParticipation(flag)
                    .verdict(ClientVerdict.values()[n % 3]).build();
            case 9 -> CaseEvent.FeedbackSent.of(id, date);
            case 10 -> CaseEvent.CaseClosed.of(id, date, ClosureReason.values()[n % ClosureReason.values().length], flag);
            default -> n % 5 == 0 ? CaseEvent.ConsentWithdrawn.of(id, date) : CaseEvent.ContactAttempted.of(id, date, true);
        };
    }

    /**
     * Event sequences: a received referral followed by up to 30 arbitrary events, valid or not.
     *
     * @return event sequences
     */
    public static Arbitrary<List<CaseEvent>> eventSequences() {
        return referralsReceived().flatMap(received -> eventsAfter(received.referralDate()).list().ofMaxSize(30)
                .map(rest -> {
                    List<CaseEvent> all = new java.util.ArrayList<>();
                    all.add(received);
                    all.addAll(rest);
                    return all;
                }));
    }

    /**
     * Valid cases: the events of a sequence that the default workflow accepts, in order, sorted by date
     * first so that most sequences go far along the pathway.
     *
     * @return cases
     */
    public static Arbitrary<Case> cases() {
        return eventSequences().map(events -> {
            List<CaseEvent> sorted = new java.util.ArrayList<>(events);
            sorted.sort(java.util.Comparator.comparing(CaseEvent::date));
            sorted.remove(events.get(0));
            sorted.add(0, events.get(0));
            Case c = Case.empty();
            for (CaseEvent e : sorted) {
                c = CaseWorkflow.defaults().apply(c, e).getOrElse(c);
            }
            return c;
        });
    }
}
