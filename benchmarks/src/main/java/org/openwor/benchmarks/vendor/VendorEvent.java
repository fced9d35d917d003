package org.openwor.benchmarks.vendor;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Baseline A: the events of a case as a vendor would write them, one record per {@code "type"}, with
 * Jackson's own polymorphism ({@code @JsonTypeInfo} on the {@code "type"} property).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = VendorEvent.ReferralReceived.class, name = "referral-received"),
    @JsonSubTypes.Type(value = VendorEvent.ContactAttempted.class, name = "contact-attempted"),
    @JsonSubTypes.Type(value = VendorEvent.IntakeHeld.class, name = "intake-held"),
    @JsonSubTypes.Type(value = VendorEvent.OtherSupportStarted.class, name = "other-support-started"),
    @JsonSubTypes.Type(value = VendorEvent.OtherSupportFinished.class, name = "other-support-finished"),
    @JsonSubTypes.Type(value = VendorEvent.ActivityMatched.class, name = "activity-matched"),
    @JsonSubTypes.Type(value = VendorEvent.ClientAccompanied.class, name = "client-accompanied"),
    @JsonSubTypes.Type(value = VendorEvent.ParticipationStarted.class, name = "participation-started"),
    @JsonSubTypes.Type(value = VendorEvent.ParticipationStopped.class, name = "participation-stopped"),
    @JsonSubTypes.Type(value = VendorEvent.EvaluationHeld.class, name = "evaluation-held"),
    @JsonSubTypes.Type(value = VendorEvent.FeedbackSent.class, name = "feedback-sent"),
    @JsonSubTypes.Type(value = VendorEvent.CaseClosed.class, name = "case-closed"),
    @JsonSubTypes.Type(value = VendorEvent.ConsentWithdrawn.class, name = "consent-withdrawn"),
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface VendorEvent {

    /**
     * The event id.
     *
     * @return the id
     */
    String id();

    /**
     * The event date.
     *
     * @return the date
     */
    LocalDate date();

    /**
     * A referral received.
     *
     * @param id the id
     * @param date the date
     * @param referralId the referral id
     * @param referralDate the referral date
     * @param referrerRole the referrer's role code
     * @param practiceReference the practice
     * @param coachOrganisation the coach organisation, or null
     * @param municipalityCode the municipality, or null
     * @param signals the signal codes
     * @param frequentAttender whether a frequent attender
     * @param visitsLast12Months the visits, or null
     * @param firstContact the first contact code
     * @param baselineScores the Positive Health scores by dimension code, or null
     */
    record ReferralReceived(String id, LocalDate date, String referralId, LocalDate referralDate, String referrerRole,
            String practiceReference, String coachOrganisation, String municipalityCode, List<String> signals,
            boolean frequentAttender, Integer visitsLast12Months, String firstContact,
            Map<String, Integer> baselineScores) implements VendorEvent {}

    /**
     * A contact attempt.
     *
     * @param id the id
     * @param date the date
     * @param reached whether the client was reached
     */
    record ContactAttempted(String id, LocalDate date, boolean reached) implements VendorEvent {}

    /**
     * An intake.
     *
     * @param id the id
     * @param date the date
     * @param wishesAndNeeds the wishes and needs
     * @param scores the scores, or null
     * @param otherTracks the other tracks: timing code by kind code
     */
    record IntakeHeld(String id, LocalDate date, String wishesAndNeeds, Map<String, Integer> scores,
            Map<String, String> otherTracks) implements VendorEvent {}

    /**
     * Other support started.
     *
     * @param id the id
     * @param date the date
     * @param kind the kind code
     * @param timing the timing code
     */
    record OtherSupportStarted(String id, LocalDate date, String kind, String timing) implements VendorEvent {}

    /**
     * Other support finished.
     *
     * @param id the id
     * @param date the date
     * @param kind the kind code
     */
    record OtherSupportFinished(String id, LocalDate date, String kind) implements VendorEvent {}

    /**
     * An activity matched.
     *
     * @param id the id
     * @param date the date
     * @param activityReference the activity
     * @param category the category code
     */
    record ActivityMatched(String id, LocalDate date, String activityReference, String category)
            implements VendorEvent {}

    /**
     * The client accompanied.
     *
     * @param id the id
     * @param date the date
     */
    record ClientAccompanied(String id, LocalDate date) implements VendorEvent {}

    /**
     * Participation started.
     *
     * @param id the id
     * @param date the date
     */
    record ParticipationStarted(String id, LocalDate date) implements VendorEvent {}

    /**
     * Participation stopped.
     *
     * @param id the id
     * @param date the date
     * @param reason the reason code
     */
    record ParticipationStopped(String id, LocalDate date, String reason) implements VendorEvent {}

    /**
     * An evaluation.
     *
     * @param id the id
     * @param date the date
     * @param scores the scores, or null
     * @param continuedParticipation whether participation continues
     * @param verdict the verdict code
     */
    record EvaluationHeld(String id, LocalDate date, Map<String, Integer> scores, boolean continuedParticipation,
            String verdict) implements VendorEvent {}

    /**
     * Feedback sent.
     *
     * @param id the id
     * @param date the date
     */
    record FeedbackSent(String id, LocalDate date) implements VendorEvent {}

    /**
     * The case closed.
     *
     * @param id the id
     * @param date the date
     * @param reason the reason code
     * @param referrerInformed whether the referrer was informed
     */
    record CaseClosed(String id, LocalDate date, String reason, boolean referrerInformed) implements VendorEvent {}

    /**
     * Consent withdrawn.
     *
     * @param id the id
     * @param date the date
     */
    record ConsentWithdrawn(String id, LocalDate date) implements VendorEvent {}
}
