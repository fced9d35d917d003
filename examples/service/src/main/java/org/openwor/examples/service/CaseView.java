package org.openwor.examples.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.openwor.core.deadline.Deadline;
import org.openwor.core.workflow.Case;

/**
 * A case as {@code GET /cases/{id}} returns it: the case document of the wire format (state, FHIR
 * {@code Task.status}, business status, version and events) and its deadlines on the as-of date.
 *
 * @param aCase the case, written as a wor-json case document under {@code "case"}
 * @param asOf the date on which the deadlines are judged, ISO-8601
 * @param deadlines the deadlines of the case on that date, written in the wor-json format
 */
@JsonPropertyOrder({"case", "asOf", "deadlines"})
record CaseView(@JsonProperty("case") Case aCase, String asOf, List<Deadline> deadlines) {}
