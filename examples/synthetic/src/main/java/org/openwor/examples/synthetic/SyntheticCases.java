package org.openwor.examples.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.openwor.core.PositiveHealthDimension;
import org.openwor.core.PositiveHealthScores;
import org.openwor.core.ReferrerRole;
import org.openwor.core.SocialSignal;
import org.openwor.core.eligibility.FirstContact;
import org.openwor.core.eligibility.IneligibilityReason;
import org.openwor.core.indicator.IndicatorAccumulator;
import org.openwor.core.indicator.IneligibleReferral;
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
 * Realistic synthetic referrals and cases, seeded so that the same seed gives the same data: about 15%
 * not eligible, most clients reached within two weeks, some unreachable, some dropping out and trying a
 * second activity, evaluations around six months after the intake, and GP visits that mostly go down.
 * Every case is built by the real workflow, so it is valid by construction.
 *
 * <p>The generator streams: it holds one referral at a time, so a million referrals take no more memory
 * than ten. It is the one generator behind the quickstart, the command-line tool's {@code generate}, the
 * service's demo data and the benchmarks.
 *
 * <pre>{@code
 * IndicatorAccumulator accumulator = new IndicatorAccumulator(spec);
 * SyntheticCases.generate(100_000, 42L, LocalDate.of(2026, 1, 1), 365).forEach(g -> g.addTo(accumulator));
 * }</pre>
 */
public final class SyntheticCases implements Iterator<SyntheticCases.Generated> {

    /** One generated referral: a case, or a referral that was not eligible. */
    public sealed interface Generated permits GeneratedCase, GeneratedIneligible {

        /**
         * Adds this referral to an accumulator, with its GP visits after the referral if it is a case.
         *
         * @param accumulator the accumulator
         */
        void addTo(IndicatorAccumulator accumulator);
    }

    /**
     * A generated case with the GP visits in the 12 months after its referral, as a GP system reports them.
     *
     * @param c the case
     * @param gpVisitsAfter the GP visits in the 12 months after the referral, if known
     */
    public record GeneratedCase(Case c, OptionalInt gpVisitsAfter) implements Generated {

        /**
         * Checks the parts.
         *
         * @param c the case, not null
         * @param gpVisitsAfter the visits, not null and not negative
         */
        public GeneratedCase {
            Objects.requireNonNull(c, "c");
            Objects.requireNonNull(gpVisitsAfter, "gpVisitsAfter");
        }

        @Override
        public void addTo(IndicatorAccumulator accumulator) {
            accumulator.add(c, gpVisitsAfter);
        }
    }

    /**
     * A generated referral that was not eligible.
     *
     * @param referral what the indicators count of it
     */
    public record GeneratedIneligible(IneligibleReferral referral) implements Generated {

        /**
         * Checks the part.
         *
         * @param referral the referral, not null
         */
        public GeneratedIneligible {
            Objects.requireNonNull(referral, "referral");
        }

        @Override
        public void addTo(IndicatorAccumulator accumulator) {
            accumulator.add(referral);
        }
    }

    private static final ReferrerRole[] ROLES = {ReferrerRole.GP, ReferrerRole.GP, ReferrerRole.GP, ReferrerRole.GP,
        ReferrerRole.PRACTICE_NURSE_MENTAL_HEALTH, ReferrerRole.PRACTICE_NURSE_MENTAL_HEALTH,
        ReferrerRole.PRACTICE_NURSE_SOMATIC, ReferrerRole.PHYSIOTHERAPIST, ReferrerRole.DISTRICT_NURSE};
    /** The other tracks of seed 004: financial problems most often, then housing, skills and safety. */
    private static final OtherTrackKind[] TRACKS = {OtherTrackKind.FINANCIAL, OtherTrackKind.FINANCIAL,
        OtherTrackKind.FINANCIAL, OtherTrackKind.FINANCIAL, OtherTrackKind.HOUSING, OtherTrackKind.HOUSING,
        OtherTrackKind.SKILLS, OtherTrackKind.SKILLS, OtherTrackKind.SAFETY};
    private static final String[] MUNICIPALITIES = {"GM0687", "GM0718", "GM0654", "GM0664"};

    private static final CaseWorkflow WORKFLOW = CaseWorkflow.defaults();

    private final Random random;
    private final long count;
    private final LocalDate from;
    private final int days;
    private final LocalDate asOf;
    private long index;

    private SyntheticCases(long count, long seed, LocalDate from, int days, LocalDate asOf) {
        if (count < 0) {
            throw new IllegalArgumentException("referrals: must not be negative");
        }
        if (days < 1) {
            throw new IllegalArgumentException("days: must be at least 1");
        }
        this.random = new Random(seed);
        this.count = count;
        this.from = Objects.requireNonNull(from, "from");
        this.days = days;
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        if (asOf.isBefore(from.plusDays(days + 1L))) {
            throw new IllegalArgumentException("asOf: must be at least two days after the last referral date");
        }
    }

    /**
     * Generates referrals with referral dates spread over a period, one at a time, in a sequential stream;
     * every case runs to its end.
     *
     * @param referrals how many referrals, not negative
     * @param seed the seed; the same seed gives the same data
     * @param from the first referral date
     * @param days the length of the period in days, at least 1
     * @return the generated referrals, in order
     */
    public static Stream<Generated> generate(long referrals, long seed, LocalDate from, int days) {
        return generate(referrals, seed, from, days, LocalDate.MAX);
    }

    /**
     * Generates referrals as they stand on a given day: events after it have not happened yet, so cases
     * referred recently are still open, and GP visits after the referral are known only for referrals at
     * least 12 months before that day. The same seed gives the same referrals whatever the day.
     *
     * @param referrals how many referrals, not negative
     * @param seed the seed; the same seed gives the same data
     * @param from the first referral date
     * @param days the length of the period in days, at least 1
     * @param asOf the day the data stands on, at least two days after the period (a case is registered
     *     at most two days after its referral)
     * @return the generated referrals, in order
     */
    public static Stream<Generated> generate(long referrals, long seed, LocalDate from, int days, LocalDate asOf) {
        return StreamSupport.stream(Spliterators.spliterator(iterator(referrals, seed, from, days, asOf), referrals,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
    }

    /**
     * Generates referrals as an iterator, for callers that pull one at a time; see
     * {@link #generate(long, long, LocalDate, int, LocalDate)}.
     *
     * @param referrals how many referrals, not negative
     * @param seed the seed; the same seed gives the same data
     * @param from the first referral date
     * @param days the length of the period in days, at least 1
     * @param asOf the day the data stands on, at least two days after the period
     * @return an iterator over the generated referrals
     */
    public static SyntheticCases iterator(long referrals, long seed, LocalDate from, int days, LocalDate asOf) {
        return new SyntheticCases(referrals, seed, from, days, asOf);
    }

    @Override
    public boolean hasNext() {
        return index < count;
    }

    @Override
    public Generated next() {
        if (!hasNext()) {
            throw new NoSuchElementException("all " + count + " referrals were generated");
        }
        return next(index++, from.plusDays(random.nextInt(days)));
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private Generated next(long index, LocalDate referralDate) {
        ReferrerRole role = ROLES[random.nextInt(ROLES.length)];
        String practice = "practice-" + between(1, 12);
        String municipality = MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)];
        if (chance(0.15)) {
            EnumSet<IneligibilityReason> reasons = EnumSet.of(IneligibilityReason.values()[random.nextInt(7)]);
            if (chance(0.3)) {
                reasons.add(IneligibilityReason.values()[random.nextInt(7)]);
            }
            return new GeneratedIneligible(IneligibleReferral.builder().referralDate(referralDate).referrerRole(role)
                    .practiceReference(practice).municipalityCode(municipality).addAllReasons(reasons).build());
        }
        int visitsBefore = between(3, 24);
        PositiveHealthScores baseline = scores(3, 6);
        CaseEvent.ReferralReceived.Builder received = CaseEvent.ReferralReceived.builder()
                .id("r").date(referralDate.plusDays(between(0, 2))).referralId(String.format("WR-%08d", index))
                .referralDate(referralDate).referrerRole(role).practiceReference(practice)
                .coachOrganisation(Optional.of("welzijn-" + (1 + Math.floorMod(practice.hashCode(), 3))))
                .municipalityCode(municipality).addSignals(signal(), signal())
                .frequentAttender(visitsBefore >= 10 && visitsBefore <= 20).visitsLast12Months(visitsBefore)
                .firstContact(chance(0.8) ? FirstContact.COACH_CONTACTS_CLIENT : FirstContact.CLIENT_CONTACTS_COACH);
        if (chance(0.5)) {
            received.baselineScores(baseline);
        }
        List<CaseEvent> events = new ArrayList<>();
        events.add(received.build());
        LocalDate d = events.get(0).date();
        int n = 0;
        if (chance(0.3)) {
            d = d.plusDays(between(1, 6));
            events.add(CaseEvent.ContactAttempted.of("e" + n++, d, false));
        }
        if (chance(0.08)) {
            events.add(CaseEvent.CaseClosed.of("e" + n++, d.plusDays(between(20, 40)), ClosureReason.UNREACHABLE, true));
            return add(events, OptionalInt.of(visitsBefore));
        }
        d = d.plusDays(chance(0.85) ? between(1, 12) : between(13, 30));
        events.add(CaseEvent.ContactAttempted.of("e" + n++, d, true));
        if (chance(0.07)) {
            events.add(CaseEvent.CaseClosed.of("e" + n++, d.plusDays(between(1, 14)), ClosureReason.DECLINED_BY_CLIENT,
                    chance(0.7)));
            return add(events, OptionalInt.of(visitsBefore - between(-2, 2)));
        }
        d = d.plusDays(between(3, 15));
        LocalDate intake = d;
        OtherTrackKind first = chance(0.14) ? TRACKS[random.nextInt(TRACKS.length)] : null;
        CaseEvent.IntakeHeld.Builder intakeEvent = CaseEvent.IntakeHeld.builder().id("e" + n++).date(d)
                .wishesAndNeeds("wensen en behoeften");
        if (chance(0.7)) {
            intakeEvent.scores(baseline);
        }
        if (first != null) {
            intakeEvent.putOtherTracks(first, TrackTiming.BEFORE);
        }
        if (chance(0.1)) {
            OtherTrackKind alongside = TRACKS[random.nextInt(TRACKS.length)];
            if (alongside != first) {
                intakeEvent.putOtherTracks(alongside, TrackTiming.ALONGSIDE);
            }
        }
        events.add(intakeEvent.build());
        int hold = 0;
        if (first != null) {
            events.add(CaseEvent.OtherSupportStarted.of("e" + n++, d.plusDays(1), first, TrackTiming.BEFORE));
            hold = between(14, 60);
            d = d.plusDays(1 + hold);
            events.add(CaseEvent.OtherSupportFinished.of("e" + n++, d, first));
        }
        if (chance(0.05)) {
            events.add(CaseEvent.CaseClosed.of("e" + n++, d.plusDays(between(1, 10)),
                    ClosureReason.NOT_SUITABLE_AFTER_INTAKE, true));
            return add(events, OptionalInt.of(visitsBefore));
        }
        d = d.plusDays(between(5, 21));
        events.add(CaseEvent.ActivityMatched.of("e" + n++, d, "activity-" + between(1, 40), category()));
        d = d.plusDays(between(0, 7));
        if (chance(0.4)) {
            events.add(CaseEvent.ClientAccompanied.of("e" + n++, d));
        }
        events.add(CaseEvent.ParticipationStarted.of("e" + n++, d));
        boolean continued = true;
        if (chance(0.2)) {
            d = d.plusDays(between(14, 80));
            events.add(CaseEvent.ParticipationStopped.of("e" + n++, d, StopReason.values()[random.nextInt(6)]));
            continued = false;
            if (chance(0.5)) {
                d = d.plusDays(between(3, 14));
                events.add(CaseEvent.ActivityMatched.of("e" + n++, d, "activity-" + between(1, 40), category()));
                events.add(CaseEvent.ParticipationStarted.of("e" + n++, d.plusDays(between(0, 7))));
                continued = chance(0.7);
            } else if (chance(0.5)) {
                events.add(CaseEvent.CaseClosed.of("e" + n++, d.plusDays(between(1, 20)), ClosureReason.DROPPED_OUT,
                        chance(0.6)));
                return add(events, OptionalInt.of(visitsBefore - between(-2, 3)));
            }
        }
        LocalDate evaluation = intake.plusDays(hold).plusMonths(6).plusDays(between(-10, 20));
        if (!evaluation.isAfter(events.get(events.size() - 1).date())) {
            evaluation = events.get(events.size() - 1).date().plusDays(1);
        }
        events.add(CaseEvent.EvaluationHeld.builder().id("e" + n++).date(evaluation)
                .scores(improved(baseline)).continuedParticipation(continued)
                .verdict(continued ? ClientVerdict.IMPROVED : ClientVerdict.values()[random.nextInt(3)]).build());
        LocalDate feedback = evaluation.plusDays(chance(0.85) ? between(1, 14) : between(15, 40));
        events.add(CaseEvent.FeedbackSent.of("e" + n++, feedback));
        events.add(CaseEvent.CaseClosed.of("e" + n++, feedback.plusDays(between(0, 5)), ClosureReason.COMPLETED, true));
        return add(events, OptionalInt.of(Math.max(0, visitsBefore - between(-2, 8))));
    }

    private GeneratedCase add(List<CaseEvent> events, OptionalInt gpAfter) {
        List<CaseEvent> happened = events.stream().filter(e -> !e.date().isAfter(asOf)).toList();
        LocalDate referralDate = ((CaseEvent.ReferralReceived) events.get(0)).referralDate();
        if (referralDate.plusMonths(12).isAfter(asOf)) {
            gpAfter = OptionalInt.empty();
        }
        Case c = WORKFLOW.replay(happened).getOrElseThrow(
                r -> new IllegalStateException("generator bug: " + r.message(Locale.ENGLISH)));
        return new GeneratedCase(c, gpAfter.isPresent() && gpAfter.getAsInt() < 0 ? OptionalInt.of(0) : gpAfter);
    }

    private SocialSignal signal() {
        return SocialSignal.values()[random.nextInt(SocialSignal.values().length)];
    }

    private ActivityCategory category() {
        return ActivityCategory.values()[random.nextInt(ActivityCategory.values().length)];
    }

    private PositiveHealthScores scores(int min, int max) {
        int[] s = new int[6];
        for (int i = 0; i < 6; i++) {
            s[i] = between(min, max);
        }
        return PositiveHealthScores.of(s[0], s[1], s[2], s[3], s[4], s[5]);
    }

    private PositiveHealthScores improved(PositiveHealthScores baseline) {
        Map<PositiveHealthDimension, Integer> next = new EnumMap<>(PositiveHealthDimension.class);
        baseline.scores().forEach((dimension, score) -> next.put(dimension, Math.max(0, Math.min(10, score + between(-1, 3)))));
        return PositiveHealthScores.of(next);
    }
}
