package org.openwor.core.workflow;

import java.util.Locale;
import org.openwor.core.internal.Codes;

/**
 * The twelve codes of HL7 FHIR {@code Task.status} (value set {@code task-status}), used to exchange a
 * case with FHIR-based referral platforms such as those following the HL7 Gravity SDOH closed-loop
 * referral guide.
 */
public enum FhirTaskStatus {
    /** {@code draft}. */
    DRAFT,
    /** {@code requested}. */
    REQUESTED,
    /** {@code received}. */
    RECEIVED,
    /** {@code accepted}. */
    ACCEPTED,
    /** {@code rejected}. */
    REJECTED,
    /** {@code ready}. */
    READY,
    /** {@code cancelled}. */
    CANCELLED,
    /** {@code in-progress}. */
    IN_PROGRESS,
    /** {@code on-hold}. */
    ON_HOLD,
    /** {@code failed}. */
    FAILED,
    /** {@code completed}. */
    COMPLETED,
    /** {@code entered-in-error}. */
    ENTERED_IN_ERROR;

    /**
     * Returns the FHIR code, exactly as in the FHIR value set.
     *
     * @return the code, such as {@code in-progress}
     */
    public String code() {
        return Codes.code(this);
    }

    /**
     * Returns the status with the given FHIR code.
     *
     * @param code the FHIR code, not null
     * @return the status
     * @throws IllegalArgumentException if the code is not one of the twelve
     */
    public static FhirTaskStatus fromCode(String code) {
        return Codes.fromCode(FhirTaskStatus.class, code.toLowerCase(Locale.ROOT));
    }
}
