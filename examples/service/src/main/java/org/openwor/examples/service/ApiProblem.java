package org.openwor.examples.service;

import java.util.Objects;
import java.util.Optional;
import org.openwor.core.workflow.Rejection;
import org.springframework.http.HttpStatus;

/**
 * A problem that the API reports as RFC 9457 problem details: an HTTP status, a stable rule code, the
 * JSON Pointer of the part of the request that broke it, and a detail without any personal value.
 */
final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String rule;
    private final String pointer;
    private final transient Rejection rejection;
    private final Integer currentVersion;
    private final String parameter;

    private ApiProblem(HttpStatus status, String rule, String pointer, String detail, Rejection rejection,
            Integer currentVersion, String parameter) {
        super(detail, null, false, false);
        this.status = status;
        this.rule = Objects.requireNonNull(rule, "rule");
        this.pointer = pointer;
        this.rejection = rejection;
        this.currentVersion = currentVersion;
        this.parameter = parameter;
    }

    static ApiProblem of(HttpStatus status, String rule, String pointer, String detail) {
        return new ApiProblem(status, rule, pointer, detail, null, null, null);
    }

    /** The same problem, naming the query parameter or header that caused it. */
    ApiProblem parameter(String name) {
        return new ApiProblem(status, rule, pointer, getMessage(), rejection, currentVersion, name);
    }

    static ApiProblem notFound(String what) {
        return of(HttpStatus.NOT_FOUND, "not-found", null, what + " does not exist");
    }

    static ApiProblem staleVersion(int currentVersion) {
        return new ApiProblem(HttpStatus.CONFLICT, "stale-version", null,
                "the case has moved on since the version in If-Match; read it again and retry", null, currentVersion, null);
    }

    static ApiProblem rejected(Rejection rejection) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, rejection.reason().code(), "",
                "the workflow refused the event: " + rejection.message(java.util.Locale.ENGLISH), rejection, null, null);
    }

    HttpStatus status() {
        return status;
    }

    String rule() {
        return rule;
    }

    Optional<String> pointer() {
        return Optional.ofNullable(pointer);
    }

    Optional<Rejection> rejection() {
        return Optional.ofNullable(rejection);
    }

    Optional<String> parameter() {
        return Optional.ofNullable(parameter);
    }

    Optional<Integer> currentVersion() {
        return Optional.ofNullable(currentVersion);
    }
}
