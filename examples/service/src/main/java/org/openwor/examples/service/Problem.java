package org.openwor.examples.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.openwor.core.workflow.Rejection;

/**
 * An error as RFC 9457 problem details ({@code application/problem+json}), with OpenWoR's extension
 * members. It never holds a value from the request: only codes, pointers and fixed texts.
 *
 * @param type a URI that identifies the kind of problem
 * @param title a short, fixed summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong, without any value from the request
 * @param instance the path of the request
 * @param rule the stable code of the rule that was broken, such as {@code date-format} or {@code out-of-order}
 * @param pointer the JSON Pointer (RFC 6901) into the request body where the rule was broken; {@code ""} is
 *     the whole body
 * @param parameter the query parameter or header that was wrong
 * @param rejection the workflow's rejection of an event, in the wor-json format
 * @param currentVersion the current version of the case, after a stale {@code If-Match}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "rule", "pointer", "parameter", "rejection",
    "currentVersion"})
record Problem(String type, String title, int status, String detail, String instance, String rule, String pointer,
        String parameter, Rejection rejection, Integer currentVersion) {

    /** The base of the {@code type} URIs. They identify; they are not promised to resolve. */
    static final String TYPE_BASE = "https://openwor.github.io/problems/";
}
