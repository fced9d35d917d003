package org.openwor.examples.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import org.openwor.json.WorJsonException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every error into RFC 9457 problem details. The texts are fixed or come from OpenWoR's rules,
 * which never quote a value; Jackson's own messages, which can quote the input, are never passed on,
 * and nothing here logs a request body or an exception message.
 */
@RestControllerAdvice
class ProblemHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Problem> api(ApiProblem e, HttpServletRequest request) {
        return problem(e.status(), request, e.getMessage(), e.rule(), e.pointer().orElse(null),
                e.parameter().orElse(null), e);
    }

    /** A body that is not a valid OpenWoR document: 400 with the JSON Pointer and rule of wor-json. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof WorJsonException wire) {
                return problem(HttpStatus.BAD_REQUEST, request, wire.explanation(), wire.rule(), wire.path(), null,
                        null);
            }
        }
        boolean json = e.getCause() instanceof JsonProcessingException;
        return problem(HttpStatus.BAD_REQUEST, request,
                json ? "the body is not one well-formed JSON document" : "a JSON body is required",
                json ? "malformed-json" : "required", "", null, null);
    }

    /** Two writers met in the database (a lock timeout, a serialization failure): retry like a stale version. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<Problem> concurrency(ConcurrencyFailureException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, request, "another writer changed the case at the same time; read it again and retry",
                "stale-version", null, null, null);
    }

    /** Spring MVC's own errors (unknown path, wrong method or media type): their status, a fixed text. */
    private static ResponseEntity<Problem> spring(ErrorResponse e, HttpServletRequest request) {
        HttpStatusCode status = e.getStatusCode();
        HttpStatus known = HttpStatus.resolve(status.value());
        String reason = known == null ? "error" : known.getReasonPhrase();
        return problem(status, request, reason, reason.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), null,
                null, null);
    }

    /** Spring MVC's own errors go to {@link #spring}; anything else is a bug: 500, logged by type and place only, as its message might hold a value. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse response) {
            return spring(response, request);
        }
        StackTraceElement where = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
        LOG.error("unexpected {} at {} while serving {} {}", e.getClass().getName(), where, request.getMethod(),
                request.getRequestURI());
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, request, "the service failed; the error is logged",
                "internal-error", null, null, null);
    }

    private static ResponseEntity<Problem> problem(HttpStatusCode status, HttpServletRequest request, String detail,
            String rule, String pointer, String parameter, ApiProblem api) {
        Kind kind = Kind.of(status.value());
        Problem body = new Problem(Problem.TYPE_BASE + kind.slug, kind.title, status.value(), detail,
                request.getRequestURI(), rule, pointer, parameter,
                api == null ? null : api.rejection().orElse(null),
                api == null ? null : api.currentVersion().orElse(null));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** The kinds of problem, by status: the {@code type} and {@code title} of the problem details. */
    private enum Kind {
        INVALID(400, "invalid-request", "The request is not valid"),
        NOT_FOUND(404, "not-found", "Not found"),
        METHOD(405, "method-not-allowed", "Method not allowed"),
        CONFLICT(409, "conflict", "Conflict with the current state of the resource"),
        MEDIA_TYPE(415, "unsupported-media-type", "Send application/json"),
        REFUSED(422, "refused", "Refused by the rules of Welzijn op Recept"),
        PRECONDITION(428, "version-required", "The case version is required"),
        OTHER(500, "internal-error", "Internal error");

        private final int status;
        private final String slug;
        private final String title;

        Kind(int status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }

        static Kind of(int status) {
            for (Kind kind : values()) {
                if (kind.status == status) {
                    return kind;
                }
            }
            return status < 500 ? INVALID : OTHER;
        }
    }
}
