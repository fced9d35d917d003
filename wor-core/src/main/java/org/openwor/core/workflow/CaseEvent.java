package org.openwor.core.workflow;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.openwor.core.PositiveHealthScores;
import org.openwor.core.PositiveHealthSpiderWeb;
import org.openwor.core.Referral;
import org.openwor.core.ReferrerRole;
import org.openwor.core.SocialSignal;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.eligibility.FirstContact;
import org.openwor.core.internal.Checks;

/**
 * Something that happened in a case (<i>traject</i>): the closed family of events whose fold is the
 * case. Every event has an id, unique within its case, and the date it happened.
 *
 * <p>Vendors store the events; {@link CaseWorkflow} decides what each one means. Every implementation
 * is immutable and thread-safe.
 */
public sealed interface CaseEvent permits CaseEvent.ReferralReceived, CaseEvent.ContactAttempted,
        CaseEvent.IntakeHeld, CaseEvent.OtherSupportStarted, CaseEvent.OtherSupportFinished,
        CaseEvent.ActivityMatched, CaseEvent.ClientAccompanied, CaseEvent.ParticipationStarted,
        CaseEvent.ParticipationStopped, CaseEvent.EvaluationHeld, CaseEvent.FeedbackSent, CaseEvent.CaseClosed,
        CaseEvent.ConsentWithdrawn {

    /**
     * Returns the id of the event, unique within its case: 1 to 64 characters.
     *
     * @return the event id
     */
    String id();

    /**
     * Returns the date the event happened.
     *
     * @return the event date
     */
    LocalDate date();

    /**
     * Returns the type of the event, its logical name on the wire.
     *
     * @return the event type
     */
    EventType type();

    /** Checks the id shared by every event. */
    private static void checkId(String id) {
        Checks.require(!id.isBlank() && id.length() <= 64, "id", "event-id-format", "an event id is 1 to 64 characters");
    }

    /**
     * The coach's organisation received an eligible referral: the case starts. It carries what the
     * pathway and the indicators need of the referral, and no personal data: no birth date, no
     * contact details.
     */
    @Value.Immutable
    abstract non-sealed class ReferralReceived implements CaseEvent {
        ReferralReceived() {}

        /**
         * Returns the id of the referral in the referring system; it is also the case id.
         *
         * @return the referral id
         */
        public abstract String referralId();

        /**
         * Returns the date of the referral, from which deadlines are counted; no event may precede it.
         *
         * @return the referral date
         */
        public abstract LocalDate referralDate();

        /**
         * Returns the referrer's role.
         *
         * @return the role
         */
        public abstract ReferrerRole referrerRole();

        /**
         * Returns the referring practice.
         *
         * @return the practice reference
         */
        public abstract String practiceReference();

        /**
         * Returns the coach's organisation, for grouping indicators.
         *
         * @return the organisation reference, if known
         */
        public abstract Optional<String> coachOrganisation();

        /**
         * Returns the client's CBS municipality code, for regional indicators.
         *
         * @return the municipality code, if recorded
         */
        public abstract Optional<String> municipalityCode();

        /**
         * Returns the signals that carried the referral.
         *
         * @return the inclusion signals
         */
        public abstract Set<SocialSignal> signals();

        /**
         * Returns whether the client is a frequent attender under the eligibility policy.
         *
         * @return true for a frequent attender
         */
        public abstract boolean frequentAttender();

        /**
         * Returns the visits to the GP practice or physiotherapist in the 12 months before the referral.
         *
         * @return the visits, if known
         */
        public abstract OptionalInt visitsLast12Months();

        /**
         * Returns who makes the first contact.
         *
         * @return the coach or the client
         */
        public abstract FirstContact firstContact();

        /**
         * Returns the Positive Health scores from the referrer's conversation, if the spider web was used.
         *
         * @return the baseline scores
         */
        public abstract Optional<PositiveHealthScores> baselineScores();

        @Override
        public final EventType type() {
            return EventType.REFERRAL_RECEIVED;
        }

        /**
         * Creates the first event of a case from an eligible referral.
         *
         * @param eventId the event id, not null
         * @param receivedOn the date the coach's organisation received the referral, not before the referral date
         * @param referral the referral, not null
         * @param decision its eligible decision, not null, about the same referral
         * @param coachOrganisation the coach's organisation, if known, not null
         * @return the event
         * @throws IllegalArgumentException if the decision is about another referral
         * @throws org.openwor.core.InvalidValueException if it was received before the referral date
         */
        public static ReferralReceived from(String eventId, LocalDate receivedOn, Referral referral,
                EligibilityDecision.Eligible decision, Optional<String> coachOrganisation) {
            Objects.requireNonNull(referral, "referral");
            if (!decision.referralId().equals(referral.id())) {
                throw new IllegalArgumentException("decision: is about another referral than the one given");
            }
            Builder builder = builder()
                    .id(eventId)
                    .date(receivedOn)
                    .referralId(referral.id())
                    .referralDate(referral.referralDate())
                    .referrerRole(referral.referrer().role())
                    .practiceReference(referral.referrer().practiceReference())
                    .coachOrganisation(coachOrganisation)
                    .municipalityCode(referral.client().municipalityCode())
                    .addAllSignals(decision.inclusionSignals())
                    .frequentAttender(decision.frequentAttender())
                    .firstContact(decision.firstContact())
                    .baselineScores(referral.conversationTool()
                            .filter(PositiveHealthSpiderWeb.class::isInstance)
                            .map(tool -> ((PositiveHealthSpiderWeb) tool).scores()));
            referral.visitsLast12Months().ifPresent(builder::visitsLast12Months);
            return builder.build();
        }

        /**
         * Returns a new builder.
         *
         * @return a builder
         */
        public static Builder builder() {
            return new Builder();
        }

        @Value.Check
        void check() {
            checkId(id());
            Checks.require(!date().isBefore(referralDate()), "date", "received-before-referral",
                    "a referral cannot be received before its referral date");
            Checks.require(!referralId().isBlank() && referralId().length() <= 64, "referralId", "referral-id-format",
                    "a referral id is 1 to 64 characters");
            Checks.require(!signals().isEmpty(), "signals", "signals-empty",
                    "an eligible referral has at least one signal");
        }

        /** Builds a {@link ReferralReceived} event. */
        public static final class Builder extends ImmutableReferralReceived.Builder {
            Builder() {}
        }
    }

    /** The coach tried to reach the client for the first contact (seed 004: within 2 weeks). */
    @Value.Immutable
    abstract non-sealed class ContactAttempted implements CaseEvent {
        ContactAttempted() {}

        /**
         * Returns whether the client was reached.
         *
         * @return true if reached
         */
        public abstract boolean reached();

        @Override
        public final EventType type() {
            return EventType.CONTACT_ATTEMPTED;
        }

        /**
         * Obtains the event.
         *
         * @param id the event id, not null
         * @param date the date, not null
         * @param reached whether the client was reached
         * @return the event
         */
        public static ContactAttempted of(String id, LocalDate date, boolean reached) {
            return ImmutableContactAttempted.builder().id(id).date(date).reached(reached).build();
        }

        @Value.Check
        void check() {
            checkId(id());
        }
    }

    /**
     * The intake (<i>intakegesprek</i>): wishes, needs and possibilities, optionally scored on the
     * spider web, and any other track that must come first or run alongside (seed 004).
     */
    @Value.Immutable
    abstract non-sealed class IntakeHeld implements CaseEvent {
        IntakeHeld() {}

        /**
         * Returns the client's wishes and needs in the coach's words, at most 2000 characters. Free text
         * about a person: redacted from {@link #toString()}.
         *
         * @return the wishes and needs
         */
        @Value.Redacted
        public abstract String wishesAndNeeds();

        /**
         * Returns the Positive Health scores at the intake, if scored.
         *
         * @return the scores
         */
        public abstract Optional<PositiveHealthScores> scores();

        /**
         * Returns the other tracks found necessary, each before or alongside the pathway.
         *
         * @return the other tracks with their timing
         */
        public abstract Map<OtherTrackKind, TrackTiming> otherTracks();

        @Override
        public final EventType type() {
            return EventType.INTAKE_HELD;
        }

        /**
         * Returns a new builder.
         *
         * @return a builder
         */
        public static Builder builder() {
            return new Builder();
        }

        @Value.Check
        void check() {
            checkId(id());
            Checks.require(wishesAndNeeds().length() <= 2000, "wishesAndNeeds", "text-length",
                    "wishes and needs are at most 2000 characters");
        }

        /** Builds an {@link IntakeHeld} event. */
        public static final class Builder extends ImmutableIntakeHeld.Builder {
            Builder() {}
        }
    }

    /** Another track started: before the pathway (the case is on hold) or alongside it. */
    @Value.Immutable
    abstract non-sealed class OtherSupportStarted implements CaseEvent {
        OtherSupportStarted() {}

        /**
         * Returns the kind of support.
         *
         * @return the kind
         */
        public abstract OtherTrackKind kind();

        /**
         * Returns whether it comes before the pathway or runs alongside.
         *
         * @return the timing
         */
        public abstract TrackTiming timing();

        @Override
        public final EventType type() {
            return EventType.OTHER_SUPPORT_STARTED;
        }

        /**
         * Obtains the event.
         *
         * @param id the event id, not null
         * @param date the date, not null
         * @param kind the kind of support, not null
         * @param timing before or alongside, not null
         * @return the event
         */
        public static OtherSupportStarted of(String id, LocalDate date, OtherTrackKind kind, TrackTiming timing) {
            return ImmutableOtherSupportStarted.builder().id(id).date(date).kind(kind).timing(timing).build();
        }

        @Value.Check
        void check() {
            checkId(id());
        }
    }

    /** Another track finished; when no track that had to come first remains, the case resumes. */
    @Value.Immutable
    abstract non-sealed class OtherSupportFinished implements CaseEvent {
        OtherSupportFinished() {}

        /**
         * Returns the kind of support that finished.
         *
         * @return the kind
         */
        public abstract OtherTrackKind kind();

        @Override
        public final EventType type() {
            return EventType.OTHER_SUPPORT_FINISHED;
        }

        /**
         * Obtains the event.
         *
         * @param id the event id, not null
         * @param date the date, not null
         * @param kind the kind of support, not null
         * @return the event
         */
        public static OtherSupportFinished of(String id, LocalDate date, OtherTrackKind kind) {
            return ImmutableOtherSupportFinished.builder().id(id).date(date).kind(kind).build();
        }

        @Value.Check
        void check() {
            checkId(id());
        }
    }

    /** Coach and client chose an activity (<i>passende activiteit</i>). */
    @Value.Immutable
    abstract non-sealed class ActivityMatched implements CaseEvent {
        ActivityMatched() {}

        /**
         * Returns the reference of the activity in the organisation's catalogue: 1 to 128 characters.
         *
         * @return the activity reference
         */
        public abstract String activityReference();

        /**
         * Returns the kind of activity.
         *
         * @return the category
         */
        public abstract ActivityCategory category();

        @Override
        public final EventType type() {
            return EventType.ACTIVITY_MATCHED;
        }

        /**
         * Obtains the event.
         *
         * @param id the event id, not null
         * @param date the date, not null
         * @param activityReference the activity reference, not null
         * @param category the category, not null
         * @return the event
         */
        public static ActivityMatched of(String id, LocalDate date, String activityReference, ActivityCategory category) {
            return ImmutableActivityMatched.builder().id(id).date(date).activityReference(activityReference)
                    .category(category).build();
        }

        @Value.Check
        void check() {
            checkId(id());
            Checks.require(!activityReference().isBlank() && activityReference().length() <= 128,
                    "activityReference", "activity-reference-format", "an activity reference is 1 to 128 characters");
        }
    }

    /** The coach accompanied the client to the activity the first time; optional (seed 003). */
    @Value.Immutable
    abstract non-sealed class ClientAccompanied implements CaseEvent {
        ClientAccompanied() {}

        @Override
        public final EventType type() {
            return EventType.CLIENT_ACCOMPANIED;
        }

        /**
         * Obtains the event.
         *
         * @param id the event id, not null
         * @param date the date, not null
         * @return the event
         */
        public static ClientAccompanied of(String id, LocalDate date) {
            return ImmutableClientAccompanied.builder().id(id).date(date).build();
        }

        @Value.Check
        void check() {
            checkId(id());
        }
    }

    /** The client started taking part in the matched activity. */
    @Value.Immutable
    abstract non-sealed class ParticipationStarted implements CaseEvent {
        ParticipationStarted() {}

        @Override
        public final EventType type() {
            return EventType.PARTICIPATION_STARTED;
        }

        /**
         * Obtains the event.
         *
         * @param id the event id, not null
         * @param date the date, not null
         * @return the event
         */
        public static ParticipationStarted of(String id, LocalDate date) {
            return ImmutableParticipationStarted.builder().id(id).date(date).build();
        }

        @Value.Check
        void check() {
            checkId(id());
        }
    }

    /** The client stopped taking part; a new activity may be matched. */
    @Value.Immutable
    abstract non-sealed class ParticipationStopped implements CaseEvent {
        ParticipationStopped() {}

        /**
         * Returns why the client stopped.
         *
         * @return the reason
         */
        public abstract StopReason reason();

        @Override
        public final EventType type() {
            return EventType.PARTICIPATION_STOPPED;
        }

        /**
         * Obtains the event.
         *
         * @param id the event id, not null
         * @param date the date, not null
         * @param reason why the client stopped, not null
         * @return the event
         */
        public static ParticipationStopped of(String id, LocalDate date, StopReason reason) {
            return ImmutableParticipationStopped.builder().id(id).date(date).reason(reason).build();
        }

        @Value.Check
        void check() {
            checkId(id());
        }
    }

    /** The evaluation (<i>evaluatiegesprek</i>) after six months (seed 003). */
    @Value.Immutable
    abstract non-sealed class EvaluationHeld implements CaseEvent {
        EvaluationHeld() {}

        /**
         * Returns the Positive Health scores at the evaluation, if scored.
         *
         * @return the follow-up scores
         */
        public abstract Optional<PositiveHealthScores> scores();

        /**
         * Returns whether the client still takes part in an activity (<i>blijven deelnemen</i>, seed 004).
         *
         * @return true if participation continues
         */
        public abstract boolean continuedParticipation();

        /**
         * Returns the client's own verdict.
         *
         * @return the verdict
         */
        public abstract ClientVerdict verdict();

        @Override
        public final EventType type() {
            return EventType.EVALUATION_HELD;
        }

        /**
         * Returns a new builder.
         *
         * @return a builder
         */
        public static Builder builder() {
            return new Builder();
        }

        @Value.Check
        void check() {
            checkId(id());
        }

        /** Builds an {@link EvaluationHeld} event. */
        public static final class Builder extends ImmutableEvaluationHeld.Builder {
            Builder() {}
        }
    }

    /** The coach reported back to the referrer (<i>terugkoppeling</i>, seed 003). */
    @Value.Immutable
    abstract non-sealed class FeedbackSent implements CaseEvent {
        FeedbackSent() {}

        @Override
        public final EventType type() {
            return EventType.FEEDBACK_SENT;
        }

        /**
         * Obtains the event.
         *
         * @param id the event id, not null
         * @param date the date, not null
         * @return the event
         */
        public static FeedbackSent of(String id, LocalDate date) {
            return ImmutableFeedbackSent.builder().id(id).date(date).build();
        }

        @Value.Check
        void check() {
            checkId(id());
        }
    }

    /** The case was closed, with the reason and whether the referrer was told. */
    @Value.Immutable
    abstract non-sealed class CaseClosed implements CaseEvent {
        CaseClosed() {}

        /**
         * Returns why the case was closed.
         *
         * @return the reason
         */
        public abstract ClosureReason reason();

        /**
         * Returns whether the referrer was told of the closure.
         *
         * @return true if the referrer was informed
         */
        public abstract boolean referrerInformed();

        @Override
        public final EventType type() {
            return EventType.CASE_CLOSED;
        }

        /**
         * Obtains the event.
         *
         * @param id the event id, not null
         * @param date the date, not null
         * @param reason why the case was closed, not null
         * @param referrerInformed whether the referrer was told
         * @return the event
         */
        public static CaseClosed of(String id, LocalDate date, ClosureReason reason, boolean referrerInformed) {
            return ImmutableCaseClosed.builder().id(id).date(date).reason(reason).referrerInformed(referrerInformed)
                    .build();
        }

        @Value.Check
        void check() {
            checkId(id());
        }
    }

    /** The client withdrew consent: the case ends and nothing more is recorded. */
    @Value.Immutable
    abstract non-sealed class ConsentWithdrawn implements CaseEvent {
        ConsentWithdrawn() {}

        @Override
        public final EventType type() {
            return EventType.CONSENT_WITHDRAWN;
        }

        /**
         * Obtains the event.
         *
         * @param id the event id, not null
         * @param date the date, not null
         * @return the event
         */
        public static ConsentWithdrawn of(String id, LocalDate date) {
            return ImmutableConsentWithdrawn.builder().id(id).date(date).build();
        }

        @Value.Check
        void check() {
            checkId(id());
        }
    }
}
