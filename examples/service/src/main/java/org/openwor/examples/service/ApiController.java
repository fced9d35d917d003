package org.openwor.examples.service;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwor.core.InvalidValueException;
import org.openwor.core.Referral;
import org.openwor.core.deadline.DeadlinePolicy;
import org.openwor.core.deadline.WorklistItem;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.indicator.Grouping;
import org.openwor.core.indicator.PublishedReport;
import org.openwor.core.indicator.ReportSpec;
import org.openwor.core.indicator.SuppressionPolicy;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP API. Bodies are OpenWoR documents in the wor-json wire format; errors are problem details
 * (see {@link ProblemHandler}). Query parameters are parsed here, so that a bad one is named in the problem.
 */
@RestController
class ApiController {

    private final CaseService service;
    private final DeadlinePolicy deadlines;
    private final ServiceProperties properties;

    ApiController(CaseService service, DeadlinePolicy deadlines, ServiceProperties properties) {
        this.service = service;
        this.deadlines = deadlines;
        this.properties = properties;
    }

    /** A referral from a GP system: the decision; an eligible referral opens a case (201 with its location). */
    @PostMapping(path = "/referrals", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EligibilityDecision> receive(@RequestBody Referral referral) {
        CaseService.Received received = service.receive(referral);
        if (received.opened().isEmpty()) {
            return ResponseEntity.ok(received.decision());
        }
        Case opened = received.opened().get();
        return ResponseEntity.created(URI.create("/cases/" + opened.id().orElseThrow()))
                .eTag(etag(opened)).body(received.decision());
    }

    /** One event for a case, at the version in {@code If-Match}. */
    @PostMapping(path = "/cases/{id}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseView> append(@PathVariable("id") String caseId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseEvent event) {
        int expected = version(ifMatch);
        CaseService.Appended appended = service.append(caseId, expected, event);
        return ResponseEntity.status(appended.stored() ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag(etag(appended.c())).body(view(appended.c(), service.today()));
    }

    /** A case with its events, state, FHIR status and deadlines today. */
    @GetMapping("/cases/{id}")
    ResponseEntity<CaseView> find(@PathVariable("id") String caseId) {
        Case c = service.find(caseId);
        return ResponseEntity.ok().eTag(etag(c)).body(view(c, service.today()));
    }

    /** The worklist of the open cases: overdue first, then what falls due within {@code within} days. */
    @GetMapping("/worklist")
    List<WorklistItem> worklist(@RequestParam(name = "today", required = false) String today,
            @RequestParam(name = "within", required = false) String within) {
        int days = within == null ? properties.worklistWithinDays() : integer("within", within);
        if (days < 0) {
            throw badParameter("within", "within is a number of days, 0 or more");
        }
        return service.worklist(date("today", today).orElseGet(service::today), days);
    }

    /**
     * The indicator report of the referrals dated {@code from} to {@code to} (default: this quarter),
     * grouped {@code by} a grouping code, with small cells suppressed: {@code suppress} is a threshold k
     * (default 10) or {@code nhs-digital}.
     */
    @GetMapping("/report")
    PublishedReport report(@RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            @RequestParam(name = "by", required = false) String by,
            @RequestParam(name = "suppress", required = false) String suppress,
            @RequestParam(name = "asOf", required = false) String asOf) {
        LocalDate today = service.today();
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        LocalDate start = date("from", from).orElse(quarterStart);
        LocalDate end = date("to", to).orElse(quarterStart.plusMonths(3).minusDays(1));
        LocalDate judged = date("asOf", asOf).orElse(today.isBefore(start) ? start : today);
        ReportSpec.Builder spec = ReportSpec.builder().from(start).to(end).asOf(judged).deadlinePolicy(deadlines);
        if (by != null) {
            spec.grouping(code("by", () -> Grouping.fromCode(by)));
        }
        try {
            return service.report(spec.build(), suppression(suppress));
        } catch (InvalidValueException e) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, e.rule(), null, e.explanation()).parameter(e.field());
        }
    }

    /** What the dashboard needs to ask for the right worklist and report. */
    @GetMapping("/dashboard/config")
    Map<String, Object> dashboardConfig() {
        return Map.of("today", service.today().toString(), "within", properties.worklistWithinDays(),
                "suppress", properties.dashboardSuppression());
    }

    private CaseView view(Case c, LocalDate today) {
        return new CaseView(c, today.toString(), deadlines.deadlines(c, today));
    }

    private static String etag(Case c) {
        return "\"" + c.version() + "\"";
    }

    private static int version(String ifMatch) {
        if (ifMatch == null) {
            throw ApiProblem.of(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", null,
                    "send the case version from the ETag of GET /cases/{id} in If-Match").parameter(HttpHeaders.IF_MATCH);
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "if-match-format", null,
                    "If-Match holds one entity tag: the case version in quotes, such as \"3\"")
                    .parameter(HttpHeaders.IF_MATCH);
        }
    }

    private static SuppressionPolicy suppression(String suppress) {
        if (suppress == null) {
            return SuppressionPolicy.defaults();
        }
        if (suppress.equals("nhs-digital")) {
            return SuppressionPolicy.nhsDigital();
        }
        int k = integer("suppress", suppress);
        if (k < 2) {
            throw badParameter("suppress", "a suppression threshold is at least 2");
        }
        return SuppressionPolicy.threshold(k);
    }

    private static Optional<LocalDate> date(String name, String value) {
        try {
            return Optional.ofNullable(value).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw badParameter(name, "expected an existing calendar date in ISO-8601 form yyyy-mm-dd");
        }
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw badParameter(name, "expected a whole number");
        }
    }

    private static <T> T code(String name, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw badParameter(name, "expected one of the codes in the API's documentation");
        }
    }

    private static ApiProblem badParameter(String name, String detail) {
        return ApiProblem.of(HttpStatus.BAD_REQUEST, "bad-parameter", null, detail).parameter(name);
    }
}
