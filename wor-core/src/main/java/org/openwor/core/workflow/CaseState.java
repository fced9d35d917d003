package org.openwor.core.workflow;

import java.util.Locale;
import java.util.Objects;
import org.openwor.core.Localized;
import org.openwor.core.internal.Codes;
import org.openwor.core.internal.Messages;

/**
 * The state of a case (<i>traject</i>): where a client is on the pathway from referral to closure
 * (seeds 003 and 004). Its {@link #code() code} is the WoR business status; {@link #fhirStatus()} is
 * the HL7 FHIR {@code Task.status} under which the case is exchanged with a FHIR referral platform.
 */
public enum CaseState implements Localized {
    /** No event yet: the case starts with a received referral. FHIR {@code draft}. */
    NEW(FhirTaskStatus.DRAFT),
    /** The referral was received; first contact is due (<i>verwezen</i>). FHIR {@code received}. */
    REFERRED(FhirTaskStatus.RECEIVED),
    /** First contact was attempted but the client was not reached yet (<i>contact gezocht</i>). FHIR {@code received}. */
    CONTACTING(FhirTaskStatus.RECEIVED),
    /** The client was reached; the intake is due (<i>contact gelegd</i>). FHIR {@code accepted}. */
    CONTACTED(FhirTaskStatus.ACCEPTED),
    /** The intake was held; an activity is sought (<i>intake gehouden</i>). FHIR {@code in-progress}. */
    INTAKE_HELD(FhirTaskStatus.IN_PROGRESS),
    /** Another track must come first (<i>ander traject eerst</i>). FHIR {@code on-hold}. */
    ON_HOLD(FhirTaskStatus.ON_HOLD),
    /** An activity was matched; participation has not started (<i>activiteit gekozen</i>). FHIR {@code in-progress}. */
    ACTIVITY_MATCHED(FhirTaskStatus.IN_PROGRESS),
    /** The client takes part in the activity (<i>neemt deel</i>). FHIR {@code in-progress}. */
    PARTICIPATING(FhirTaskStatus.IN_PROGRESS),
    /** The client stopped; a new activity may be matched (<i>deelname gestopt</i>). FHIR {@code in-progress}. */
    PARTICIPATION_STOPPED(FhirTaskStatus.IN_PROGRESS),
    /** The evaluation was held; feedback to the referrer is due (<i>geëvalueerd</i>). FHIR {@code in-progress}. */
    EVALUATED(FhirTaskStatus.IN_PROGRESS),
    /** Feedback was sent to the referrer; the case can be closed (<i>teruggekoppeld</i>). FHIR {@code in-progress}. */
    FEEDBACK_SENT(FhirTaskStatus.IN_PROGRESS),
    /** Closed as completed (<i>afgerond</i>). FHIR {@code completed}. */
    COMPLETED(FhirTaskStatus.COMPLETED),
    /** Closed early: declined, referred to indicated care, moved or deceased (<i>beëindigd</i>). FHIR {@code cancelled}. */
    CANCELLED(FhirTaskStatus.CANCELLED),
    /** Closed without result: unreachable or dropped out (<i>mislukt</i>). FHIR {@code failed}. */
    FAILED(FhirTaskStatus.FAILED),
    /** Closed as not suitable after the intake (<i>niet passend</i>). FHIR {@code rejected}. */
    REJECTED(FhirTaskStatus.REJECTED),
    /** The client withdrew consent; nothing more is recorded (<i>toestemming ingetrokken</i>). FHIR {@code cancelled}. */
    CONSENT_WITHDRAWN(FhirTaskStatus.CANCELLED);

    private final FhirTaskStatus fhirStatus;

    CaseState(FhirTaskStatus fhirStatus) {
        this.fhirStatus = fhirStatus;
    }

    /**
     * Returns the HL7 FHIR {@code Task.status} of this state.
     *
     * @return the FHIR task status
     */
    public FhirTaskStatus fhirStatus() {
        return fhirStatus;
    }

    /**
     * Tells whether the case has ended in this state: no further event is accepted.
     *
     * @return true for the closed states and after consent was withdrawn
     */
    public boolean isTerminal() {
        return ordinal() >= COMPLETED.ordinal();
    }

    /**
     * Tells whether the case is open: started and not ended.
     *
     * @return true for every state from referred to feedback sent
     */
    public boolean isOpen() {
        return this != NEW && !isTerminal();
    }

    /**
     * Returns the stable, lowercase code, as used on the wire.
     *
     * @return the code, such as {@code referred}
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
        return Messages.text("CaseState." + name(), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the lowercase code, not null
     * @return the constant
     * @throws IllegalArgumentException if no constant has this code
     */
    public static CaseState fromCode(String code) {
        return Codes.fromCode(CaseState.class, code);
    }
}
