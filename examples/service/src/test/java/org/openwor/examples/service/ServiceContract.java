package org.openwor.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The behaviour of the HTTP API, against a running service on a real database: the subclasses choose the
 * database (H2 file, PostgreSQL). Every test uses its own referral ids, and its own period for reports.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class ServiceContract {

    /** The service's fixed "today" in the tests (see the subclasses' properties). */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Http http() {
        return new Http(port);
    }

    static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a case from an eligible referral and returns its id. */
    String openCase(LocalDate referralDate) {
        String id = uniqueId("HA");
        HttpResponse<String> created = http().post("/referrals", Documents.referral(id, referralDate));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return id;
    }

    @Test
    void anEligibleReferralOpensACaseAtVersionOne() {
        String id = uniqueId("HA");
        HttpResponse<String> response = http().post("/referrals", Documents.referral(id, TODAY.minusDays(3)));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).contains("/cases/" + id);
        assertThat(Http.version(response)).isEqualTo(1);
        JsonNode decision = json(response);
        assertThat(decision.get("eligible").asBoolean()).isTrue();
        assertThat(decision.get("firstContact").asText()).isEqualTo("coach-contacts-client");

        JsonNode view = json(http().get("/cases/" + id));
        assertThat(view.at("/case/state").asText()).isEqualTo("referred");
        assertThat(view.at("/case/fhirStatus").asText()).isEqualTo("received");
        assertThat(view.at("/case/events/0/type").asText()).isEqualTo("referral-received");
        assertThat(view.at("/case/events/0/date").asText()).isEqualTo(TODAY.toString());
        assertThat(view.at("/deadlines/0/dueDate").asText()).isEqualTo(TODAY.plusDays(11).toString());
    }

    @Test
    void anIneligibleReferralIsStoredWithEveryReasonAndCountedInTheReport(CapturedOutput output) {
        LocalDate day = LocalDate.of(2024, 2, 10);
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = http().post("/referrals",
                    Documents.referral(uniqueId("POH"), day, "2010-06-30", false));
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode decision = json(response);
            assertThat(decision.get("eligible").asBoolean()).isFalse();
            decision.get("reasons").forEach(r -> reasons.add(r.asText()));
        }
        assertThat(reasons).containsExactly("under-minimum-age", "not-motivated", "under-minimum-age", "not-motivated");

        JsonNode report = json(http().get("/report?from=2024-02-01&to=2024-02-29&suppress=2"));
        JsonNode total = report.at("/rows/0/values");
        assertThat(total.at("/referrals/count").asInt()).isEqualTo(2);
        assertThat(total.at("/cases/count").asInt()).isZero();
        assertThat(total.get("not-eligible-by-reason/under-minimum-age").get("count").asInt()).isEqualTo(2);
        assertThat(total.get("not-eligible-by-reason/not-motivated").get("count").asInt()).isEqualTo(2);
        assertThat(output.getAll()).doesNotContain(Documents.PHONE, "2010-06-30", "UNDER_MINIMUM_AGE", "under-minimum-age");
    }

    @Test
    void theSameReferralTwiceIsAConflict() {
        String id = openCase(TODAY.minusDays(1));
        HttpResponse<String> again = http().post("/referrals", Documents.referral(id, TODAY.minusDays(1)));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("rule").asText()).isEqualTo("duplicate-referral");
    }

    @Test
    void aCaseWalksFromReferralToClosureWithItsVersionAsETag() {
        String id = openCase(TODAY.minusDays(5));
        LocalDate intake = TODAY.plusDays(7);
        List<String> events = List.of(
                Documents.contact("e2", TODAY.plusDays(1), false),
                Documents.contact("e3", TODAY.plusDays(2), true),
                Documents.intake("e4", intake),
                Documents.activity("e5", intake.plusDays(5), "wandelgroep-oost"),
                Documents.simple("participation-started", "e6", intake.plusDays(9)),
                Documents.evaluation("e7", intake.plusMonths(6)),
                Documents.simple("feedback-sent", "e8", intake.plusMonths(6).plusDays(3)),
                Documents.closed("e9", intake.plusMonths(6).plusDays(4)));
        int version = 1;
        for (String event : events) {
            HttpResponse<String> response = http().append(id, version, event);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(Http.version(response)).isEqualTo(version + 1);
            version++;
        }
        HttpResponse<String> read = http().get("/cases/" + id);
        JsonNode view = json(read);
        assertThat(Http.version(read)).isEqualTo(9);
        assertThat(view.at("/case/state").asText()).isEqualTo("completed");
        assertThat(view.at("/case/fhirStatus").asText()).isEqualTo("completed");
        assertThat(view.at("/case/events").size()).isEqualTo(9);
        assertThat(view.at("/deadlines/0/status").asText()).isEqualTo("met");
        assertThat(view.at("/deadlines/1/kind").asText()).isEqualTo("evaluation");
    }

    @Test
    void theSameEventAgainIsStoredOnce() {
        String id = openCase(TODAY);
        assertThat(http().append(id, 1, Documents.contact("e2", TODAY, false)).statusCode()).isEqualTo(201);
        HttpResponse<String> again = http().append(id, 2, Documents.contact("e2", TODAY, false));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Http.version(again)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from wor_case_event where case_id = ?").param(id).query(Long.class)
                .single()).isEqualTo(2);
    }

    @Test
    void aStaleVersionIsAConflictThatNamesTheCurrentVersion() {
        String id = openCase(TODAY);
        assertThat(http().append(id, 1, Documents.contact("e2", TODAY, false)).statusCode()).isEqualTo(201);
        HttpResponse<String> stale = http().append(id, 1, Documents.contact("e3", TODAY, true));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = json(stale);
        assertThat(problem.get("rule").asText()).isEqualTo("stale-version");
        assertThat(problem.get("currentVersion").asInt()).isEqualTo(2);
        assertThat(json(http().get("/cases/" + id)).at("/case/version").asInt()).isEqualTo(2);
    }

    @Test
    void anEventWithoutIfMatchIsRefusedWith428() {
        String id = openCase(TODAY);
        HttpResponse<String> response = http().post("/cases/" + id + "/events", Documents.contact("e2", TODAY, true));
        assertThat(response.statusCode()).isEqualTo(428);
        assertThat(json(response).get("parameter").asText()).isEqualTo("If-Match");
    }

    @Test
    void aRefusedTransitionIs422WithTheLibrarysRejection() {
        String id = openCase(TODAY);
        HttpResponse<String> response = http().append(id, 1, Documents.simple("feedback-sent", "e2", TODAY));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = json(response);
        assertThat(problem.get("rule").asText()).isEqualTo("not-allowed-in-state");
        assertThat(problem.at("/rejection/state").asText()).isEqualTo("referred");
        assertThat(problem.at("/rejection/eventId").asText()).isEqualTo("e2");
        assertThat(problem.at("/rejection/expected")).extracting(JsonNode::asText)
                .containsExactly("contact-attempted", "case-closed", "consent-withdrawn");

        HttpResponse<String> early = http().append(id, 1, Documents.contact("e3", TODAY.minusDays(1), true));
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(json(early).get("rule").asText()).isEqualTo("before-referral");
        assertThat(json(http().get("/cases/" + id)).at("/case/version").asInt()).isEqualTo(1);
    }

    @Test
    void badJsonIs400WithThePointerAndRuleAndNoPersonalValue(CapturedOutput output) {
        String badDate = Documents.referral(uniqueId("HA"), TODAY).replace(Documents.BIRTH_DATE, "1958-02-30");
        HttpResponse<String> response = http().post("/referrals", badDate);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.get("pointer").asText()).isEqualTo("/client/birthDate");
        assertThat(problem.get("rule").asText()).isEqualTo("date-format");
        assertThat(response.body()).doesNotContain("1958", Documents.PHONE);

        String badPhone = Documents.referral(uniqueId("HA"), TODAY).replace(Documents.PHONE, "06-CALL-ME-12");
        HttpResponse<String> phone = http().post("/referrals", badPhone);
        assertThat(phone.statusCode()).isEqualTo(400);
        assertThat(json(phone).get("pointer").asText()).isEqualTo("/client/contactDetails/phone");
        assertThat(phone.body()).doesNotContain("CALL-ME");

        HttpResponse<String> broken = http().post("/referrals", "{\"schemaVersion\": 1, \"id\": \"x\", 0612345678");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(json(broken).get("rule").asText()).isEqualTo("malformed-json");
        assertThat(broken.body()).doesNotContain(Documents.PHONE);

        String id = openCase(TODAY);
        HttpResponse<String> unknownType = http().append(id, 1,
                "{\"schemaVersion\": 1, \"type\": \"coffee-drunk\", \"id\": \"e2\", \"date\": \"2026-11-23\"}");
        assertThat(unknownType.statusCode()).isEqualTo(400);
        assertThat(json(unknownType).get("pointer").asText()).isEqualTo("/type");
        assertThat(json(unknownType).get("rule").asText()).isEqualTo("unknown-code");

        assertThat(output.getAll()).doesNotContain(Documents.PHONE, "CALL-ME", "1958-02-30");
    }

    @Test
    void anUnknownCaseIs404() {
        HttpResponse<String> response = http().get("/cases/" + uniqueId("nope"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("rule").asText()).isEqualTo("not-found");
    }

    @Test
    void theWorklistPutsOverdueFirst() {
        String soon = openCase(TODAY.minusDays(4));
        String late = openCase(TODAY.minusDays(20));
        String later = openCase(TODAY.minusDays(16));

        JsonNode worklist = json(http().get("/worklist?today=" + TODAY + "&within=14"));
        List<String> ours = new ArrayList<>();
        List<Long> daysLeft = new ArrayList<>();
        worklist.forEach(item -> {
            daysLeft.add(item.get("daysLeft").asLong());
            String caseId = item.get("caseId").asText();
            if (List.of(soon, late, later).contains(caseId)) {
                ours.add(caseId + " " + item.get("status").asText() + " " + item.get("daysLeft").asLong());
            }
        });
        assertThat(ours).containsExactly(late + " overdue -6", later + " overdue -2", soon + " pending 10");
        assertThat(daysLeft).isSorted();
    }

    @Test
    void theReportIsPublishedWithSmallCellsHidden() {
        LocalDate day = LocalDate.of(2025, 3, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(http().post("/referrals", Documents.referral(uniqueId("HA"), day.plusDays(i))).statusCode())
                    .isEqualTo(201);
        }
        JsonNode shown = json(http().get("/report?from=2025-03-01&to=2025-03-31&by=month&suppress=2"));
        assertThat(shown.at("/suppression/k").asInt()).isEqualTo(2);
        assertThat(shown.at("/rows/1/group").asText()).isEqualTo("total");
        assertThat(shown.at("/rows/1/values/referrals/count").asInt()).isEqualTo(3);

        JsonNode hidden = json(http().get("/report?from=2025-03-01&to=2025-03-31&by=month"));
        assertThat(hidden.at("/suppression/k").asInt()).isEqualTo(10);
        assertThat(hidden.at("/rows/1/values/referrals").isNull()).isTrue();

        HttpResponse<String> bad = http().get("/report?from=2025-03-31&to=2025-03-01");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("rule").asText()).isEqualTo("period-order");
        HttpResponse<String> badGrouping = http().get("/report?by=weekday");
        assertThat(json(badGrouping).get("parameter").asText()).isEqualTo("by");
    }

    @Test
    void springsOwnErrorsAreProblemDetailsToo() {
        HttpResponse<String> text = http().post("/referrals", "hello", Map.of("Content-Type", "text/plain"));
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(text.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(text).get("rule").asText()).isEqualTo("unsupported-media-type");

        HttpResponse<String> nowhere = http().get("/no-such-resource");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(json(nowhere).get("type").asText()).isEqualTo(Problem.TYPE_BASE + "not-found");

        HttpResponse<String> method = http().post("/worklist", "{}");
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(json(method).get("status").asInt()).isEqualTo(405);
    }

    @Test
    void healthIsUp() {
        HttpResponse<String> health = http().get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void eightWritersAppendingFiveHundredEventsEachToTheSameCasesStoreEveryEventOnceWithoutGaps() throws Exception {
        ConcurrencyRun run = ConcurrencyRun.of(http(), 16, 8, 500, TODAY);
        ConcurrencyRun.Result result = run.execute();

        Map<String, List<ConcurrencyRun.StoredEvent>> stored = run.stored(jdbc);
        assertThat(stored).hasSize(16);
        List<String> written = new ArrayList<>();
        stored.forEach((caseId, events) -> {
            for (int i = 0; i < events.size(); i++) {
                assertThat(events.get(i).sequence()).as("case %s, sequence without gaps", caseId).isEqualTo(i + 1);
            }
            events.stream().map(ConcurrencyRun.StoredEvent::eventId).filter(e -> e.startsWith("t")).forEach(written::add);
            assertThat(json(http().get("/cases/" + caseId)).at("/case/version").asInt()).isEqualTo(events.size());
            assertThat(jdbc.sql("select version from wor_case where case_id = ?").param(caseId).query(Integer.class)
                    .single()).isEqualTo(events.size());
        });
        assertThat(written).hasSize(8 * 500).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(run.eventIds());
        assertThat(result.created()).isEqualTo(8 * 500);
        System.out.printf("concurrency (%s): %d events stored by 8 threads, %d conflicts (409) retried, %d ms%n",
                getClass().getSimpleName(), result.created(), result.conflicts(), result.millis());
    }
}
