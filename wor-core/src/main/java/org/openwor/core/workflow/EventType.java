package org.openwor.core.workflow;

import java.util.Locale;
import java.util.Objects;
import org.openwor.core.Localized;
import org.openwor.core.internal.Codes;
import org.openwor.core.internal.Messages;

/** The closed list of case event types, with the logical names under which they are stored and exchanged. */
public enum EventType implements Localized {
    /** See {@link CaseEvent.ReferralReceived}. */
    REFERRAL_RECEIVED,
    /** See {@link CaseEvent.ContactAttempted}. */
    CONTACT_ATTEMPTED,
    /** See {@link CaseEvent.IntakeHeld}. */
    INTAKE_HELD,
    /** See {@link CaseEvent.OtherSupportStarted}. */
    OTHER_SUPPORT_STARTED,
    /** See {@link CaseEvent.OtherSupportFinished}. */
    OTHER_SUPPORT_FINISHED,
    /** See {@link CaseEvent.ActivityMatched}. */
    ACTIVITY_MATCHED,
    /** See {@link CaseEvent.ClientAccompanied}. */
    CLIENT_ACCOMPANIED,
    /** See {@link CaseEvent.ParticipationStarted}. */
    PARTICIPATION_STARTED,
    /** See {@link CaseEvent.ParticipationStopped}. */
    PARTICIPATION_STOPPED,
    /** See {@link CaseEvent.EvaluationHeld}. */
    EVALUATION_HELD,
    /** See {@link CaseEvent.FeedbackSent}. */
    FEEDBACK_SENT,
    /** See {@link CaseEvent.CaseClosed}. */
    CASE_CLOSED,
    /** See {@link CaseEvent.ConsentWithdrawn}. */
    CONSENT_WITHDRAWN;

    /**
     * Returns the stable, lowercase code, as used on the wire.
     *
     * @return the code, such as {@code referral-received}
     */
    @Override
    public String code() {
        return Codes.code(this);
    }

    /**
     * Returns the Dutch or English text.
     *
     * @param locale the reader's locale, not null
     * @return the text
     */
    @Override
    public String text(Locale locale) {
        return Messages.text("EventType." + name(), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the lowercase code, not null
     * @return the constant
     * @throws IllegalArgumentException if no constant has this code
     */
    public static EventType fromCode(String code) {
        return Codes.fromCode(EventType.class, code);
    }
}
