package org.openwor.benchmarks.vendor;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Baseline A: a case as a vendor would model it without OpenWoR, as plain Java records bound by
 * Jackson databind. Codes are strings, dates {@code LocalDate} (jsr310), optional properties
 * {@code null} and left out when written. Nothing is validated and nothing is replayed: this is the
 * least a vendor's own reader does, so it is a demanding baseline.
 *
 * @param schemaVersion the wire format version
 * @param caseId the case id, null for the empty case
 * @param state the state code
 * @param fhirStatus the FHIR Task.status code
 * @param businessStatus the business status code
 * @param version the number of events
 * @param events the events
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VendorCase(int schemaVersion, String caseId, String state, String fhirStatus, String businessStatus,
        int version, List<VendorEvent> events) {}
