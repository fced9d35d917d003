package org.openwor.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openwor.core.Referral;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.indicator.IndicatorReport;
import org.openwor.core.indicator.PublishedReport;
import org.openwor.core.testing.ReferralExamples;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;

/**
 * The bad-input suite: malformed documents, each with the JSON path and the rule of its error, read
 * with {@link WorJson#newMapper()}. Every error is a {@link WorJsonException} whose message names the
 * path and the rule and never contains a personal value of the document: the client's birth date,
 * phone number and e-mail address, nor the offending value itself. Where the mistake is structural,
 * the JSON Schema rejects the document too.
 */
class WorJsonExceptionTest {

    private static final String REFERRAL = Documents.read("referral.json");
    private static final String DECISION = Documents.read("eligibility-decision.json");
    private static final String EVENT = Documents.read("case-event.json");
    private static final String CASE = Documents.read("case.json");
    private static final String REPORT = Documents.read("indicator-report.json");
    private static final String PUBLISHED = Documents.read("published-report.json");

    /** The personal values of the golden referral, never to be seen in a message. */
    private static final List<String> PERSONAL = List.of(ReferralExamples.BIRTH_DATE.toString(), "1958",
            ReferralExamples.PHONE, ReferralExamples.EMAIL, "jansen");

    private static final String SPIDER_WEB = "\"conversationTool\": {\"tool\": \"positive-health-spider-web\", "
            + "\"scores\": {\"bodily-functions\": 6, \"mental-wellbeing\": 4, \"meaningfulness\": 5, "
            + "\"quality-of-life\": 5, \"participation\": 3, \"daily-functioning\": 6}},";

    private final ObjectMapper mapper = WorJson.newMapper();

    /**
     * One malformed document.
     *
     * @param name what is wrong
     * @param type the type it is read as
     * @param json the document
     * @param path the expected JSON Pointer
     * @param rule the expected rule
     * @param schema whether the JSON Schema must reject the document too
     * @param secret a further value that must not appear in the message, or null
     */
    record Row(String name, Class<?> type, String json, String path, String rule, boolean schema, String secret) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Row referral(String name, String json, String path, String rule, boolean schema) {
        return referral(name, json, path, rule, schema, null);
    }

    private static Row referral(String name, String json, String path, String rule, boolean schema, String secret) {
        return new Row(name, Referral.class, json, path, rule, schema, secret);
    }

    private static String replace(String json, String regex, String replacement) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("not in the document: " + regex);
        }
        return m.replaceFirst(Matcher.quoteReplacement(replacement));
    }

    private static Row report(String name, String regex, String replacement, String path, String rule, boolean schema) {
        return new Row(name, IndicatorReport.class, replace(REPORT, regex, replacement), path, rule, schema, null);
    }

    private static String r(String regex, String replacement) {
        return replace(REFERRAL, regex, replacement);
    }

    private static String tool(String replacement) {
        return r("\"conversationTool\": \\{.*?\n  },", replacement);
    }

    static Stream<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // The referral and its parts.
        rows.add(referral("unknown property", r("\"id\"", "\"nickname\": \"Jan\", \"id\""), "/nickname",
                "unknown-property", true));
        rows.add(referral("unknown property in the client", r("\"reference\"", "\"shoeSize\": 43, \"reference\""),
                "/client/shoeSize", "unknown-property", true));
        rows.add(referral("missing schemaVersion", r("\"schemaVersion\": 1,", ""), "/schemaVersion", "required", true));
        rows.add(referral("other schemaVersion", r("\"schemaVersion\": 1", "\"schemaVersion\": 2"), "/schemaVersion",
                "schema-version", true));
        rows.add(referral("schemaVersion as a string", r("\"schemaVersion\": 1", "\"schemaVersion\": \"1\""),
                "/schemaVersion", "wrong-type", true));
        rows.add(referral("missing id", r("\"id\": \"HA-2026-0042\",", ""), "/id", "required", true));
        rows.add(referral("missing birth date", r("\"birthDate\": \"1958-11-02\",", ""), "/client/birthDate",
                "required", true));
        rows.add(referral("birth date that does not exist", r("1958-11-02", "1958-02-30"), "/client/birthDate",
                "date-format", true, "02-30"));
        rows.add(referral("birth date in Dutch order", r("1958-11-02", "02-11-1958"), "/client/birthDate",
                "date-format", true, "02-11"));
        rows.add(referral("birth date as a number", r("\"1958-11-02\"", "19581102"), "/client/birthDate",
                "wrong-type", true, "19581102"));
        rows.add(referral("birth date null", r("\"1958-11-02\"", "null"), "/client/birthDate", "wrong-type", true));
        rows.add(referral("birth date with a time", r("1958-11-02", "1958-11-02T10:00:00Z"), "/client/birthDate",
                "date-format", true, "10:00"));
        rows.add(referral("referral date without leading zeros", r("\"referralDate\": \"2026-03-10\"",
                "\"referralDate\": \"2026-3-10\""), "/referralDate", "date-format", true));
        rows.add(referral("referral before birth", r("\"referralDate\": \"2026-03-10\"",
                "\"referralDate\": \"1950-01-01\""), "/referralDate", "referral-before-birth", false));
        rows.add(referral("contact details without consent", r("\"consentToShareContactDetails\": true",
                "\"consentToShareContactDetails\": false"), "/client/contactDetails", "contact-details-without-consent",
                false));
        rows.add(referral("invalid phone number", r(ReferralExamples.PHONE, "06-abc-4711"),
                "/client/contactDetails/phone", "phone-format", true, "abc-4711"));
        rows.add(referral("invalid e-mail address", r(ReferralExamples.EMAIL, "jan.at.example"),
                "/client/contactDetails/email", "email-format", true, "jan.at.example"));
        rows.add(referral("empty contact details", r("\"contactDetails\": \\{.*?}", "\"contactDetails\": {}"),
                "/client/contactDetails", "contact-details-empty", true));
        rows.add(referral("phone number as a number", r("\"" + ReferralExamples.PHONE + "\"", "612345678"),
                "/client/contactDetails/phone", "wrong-type", true, "612345678"));
        rows.add(referral("client reference that is a BSN", r("\"c-7f3a9\"", "\"111222333\""), "/client/reference",
                "client-reference-not-bsn", false, "111222333"));
        rows.add(referral("municipality code without GM", r("\"GM0687\"", "\"0687\""), "/client/municipalityCode",
                "municipality-code-format", true));
        rows.add(referral("postcode area with a leading zero", r("\"4331\"", "\"0433\""), "/client/postcodeArea",
                "postcode-area-format", true, "0433"));
        rows.add(referral("AGB code too short", r("\"01234567\"", "\"1234\""), "/referrer/agbCode",
                "agb-code-format", true));
        rows.add(referral("unknown referrer role", r("\"role\": \"gp\"", "\"role\": \"huisarts\""), "/referrer/role",
                "unknown-code", true));
        rows.add(referral("lowercase ICPC code", r("\"Z68\"", "\"z68\""), "/registrationCode", "icpc-code-format",
                true));
        rows.add(referral("signal twice", r("\"psychological-complaints\",", "\"psychological-complaints\", "
                + "\"psychological-complaints\","), "/signals/1", "duplicate-item", true));
        rows.add(referral("signals not an array", r("\"signals\": \\[.*?]", "\"signals\": \"psychological-complaints\""),
                "/signals", "wrong-type", true));
        rows.add(referral("unknown signal", r("\"psychological-complaints\",", "\"burn-out\","), "/signals/0",
                "unknown-code", true));
        rows.add(referral("boolean as a string", r("\"motivated\": true", "\"motivated\": \"yes\""), "/motivated",
                "wrong-type", true));
        rows.add(referral("negative visits", r("\"visitsLast12Months\": 14", "\"visitsLast12Months\": -1"),
                "/visitsLast12Months", "visits-range", true));
        rows.add(referral("visits as a decimal", r("\"visitsLast12Months\": 14", "\"visitsLast12Months\": 2.5"),
                "/visitsLast12Months", "wrong-type", true));
        rows.add(referral("visits beyond an int", r("\"visitsLast12Months\": 14",
                "\"visitsLast12Months\": 99999999999"), "/visitsLast12Months", "integer-range", true));
        rows.add(referral("life event after the referral", r("\"2024-06-01\"", "\"2027-01-01\""), "/lifeEvent/date",
                "life-event-date-range", false));
        rows.add(referral("unknown conversation tool", r("\"four-domain-model\"", "\"mood-diary\""),
                "/conversationTool/tool", "unknown-code", true));
        rows.add(referral("conversation tool without its tool", r("\"tool\": \"four-domain-model\",", ""),
                "/conversationTool/tool", "required", true));
        rows.add(referral("unknown life domain", r("\"mind\": \"Piekert veel\"", "\"spirit\": \"Piekert veel\""),
                "/conversationTool/concerns/spirit", "unknown-code", true));
        rows.add(referral("priority twice", r("\"social\",\n      \"mind\"", "\"social\", \"social\""),
                "/conversationTool/priorities", "priorities-distinct", true));
        rows.add(referral("blank concern", r("\"Piekert veel\"", "\"  \""), "/conversationTool/concerns/mind",
                "concern-length", true));
        rows.add(referral("score above 10", tool(SPIDER_WEB.replace("\"participation\": 3", "\"participation\": 11")),
                "/conversationTool/scores/participation", "score-range", true));
        rows.add(referral("score missing", tool(SPIDER_WEB.replace(", \"daily-functioning\": 6", "")),
                "/conversationTool/scores/daily-functioning", "score-missing", true));
        rows.add(referral("unknown score dimension", tool(SPIDER_WEB.replace("\"meaningfulness\"", "\"happiness\"")),
                "/conversationTool/scores/happiness", "unknown-code", true));
        rows.add(referral("duplicate key", r("\"motivated\": true,", "\"motivated\": true, \"motivated\": false,"),
                "/motivated", "duplicate-key", false));
        rows.add(referral("duplicate birth date", r("\"birthDate\": \"1958-11-02\",",
                "\"birthDate\": \"1958-11-02\", \"birthDate\": \"1960-01-01\","), "/client/birthDate",
                "duplicate-key", false, "1960-01-01"));
        rows.add(referral("an array instead of a referral", "[" + REFERRAL + "]", "", "wrong-type", true));
        rows.add(referral("cut off", REFERRAL.substring(0, REFERRAL.indexOf("\"postcodeArea\"")), "/client/municipalityCode",
                "malformed-json", false));
        rows.add(referral("unquoted birth date", r("\"1958-11-02\"", "1958-11-02"), "/client/birthDate",
                "wrong-type", false));
        rows.add(referral("content after the document", REFERRAL + "{}", "", "trailing-content", false));
        rows.add(referral("empty document", "", "", "malformed-json", false));
        rows.add(referral("not JSON", "birthDate=1958-11-02; phone=0612345678", "", "malformed-json", false));
        rows.add(referral("string beyond the limit", r("\"HA-2026-0042\"", "\"" + "x".repeat(10_001) + "\""), "/id",
                "limit-exceeded", false));
        // The eligibility decision.
        rows.add(new Row("eligible as a string", EligibilityDecision.class,
                DECISION.replace("\"eligible\": true", "\"eligible\": \"yes\""), "/eligible", "wrong-type", true, null));
        rows.add(new Row("no discriminator", EligibilityDecision.class, DECISION.replace("\"eligible\": true,", ""),
                "/eligible", "required", true, null));
        rows.add(new Row("property of the other variant", EligibilityDecision.class,
                DECISION.replace("\"eligible\": true", "\"eligible\": false"), "/inclusionSignals",
                "unknown-property", true, null));
        rows.add(new Row("no inclusion signal", EligibilityDecision.class,
                replace(DECISION, "\"inclusionSignals\": \\[.*?]", "\"inclusionSignals\": []"), "/inclusionSignals",
                "inclusion-signals-empty", true, null));
        rows.add(new Row("reasons out of order", EligibilityDecision.class, "{\"schemaVersion\": 1, \"eligible\": false,"
                + " \"referralId\": \"R-1\", \"reasons\": [\"not-motivated\", \"under-minimum-age\"]}", "/reasons",
                "reasons-ordered", false, null));
        rows.add(new Row("unknown first contact", EligibilityDecision.class,
                DECISION.replace("coach-contacts-client", "gp-calls"), "/firstContact", "unknown-code", true, null));
        rows.add(new Row("nesting beyond the limit", EligibilityDecision.class, DECISION.replace("\"eligible\": true",
                "\"x\": " + "[".repeat(20) + "]".repeat(20) + ", \"eligible\": true"),
                "/x" + "/0".repeat(15), "limit-exceeded", false, null));
        // A case event on its own.
        rows.add(new Row("unknown event type", CaseEvent.class, EVENT.replace("intake-held", "intake-done"), "/type",
                "unknown-code", true, null));
        rows.add(new Row("a class name as event type", CaseEvent.class,
                EVENT.replace("intake-held", "org.openwor.core.workflow.CaseEvent$IntakeHeld"), "/type",
                "unknown-code", true, null));
        rows.add(new Row("event without type", CaseEvent.class, EVENT.replace("\"type\": \"intake-held\",", ""), "/type",
                "required", true, null));
        rows.add(new Row("property of another event type", CaseEvent.class,
                EVENT.replace("intake-held", "feedback-sent"), "/wishesAndNeeds", "unknown-property", true, null));
        rows.add(new Row("wishes and needs too long", CaseEvent.class,
                EVENT.replace("Wil weer onder de mensen komen", "w".repeat(2001)), "/wishesAndNeeds", "text-length",
                true, null));
        rows.add(new Row("unknown other track", CaseEvent.class, EVENT.replace("\"financial\"", "\"debt\""),
                "/otherTracks/debt", "unknown-code", true, null));
        rows.add(new Row("unknown track timing", CaseEvent.class, EVENT.replace("\"alongside\"", "\"after\""),
                "/otherTracks/financial", "unknown-code", true, null));
        rows.add(new Row("empty event id", CaseEvent.class, EVENT.replace("\"ev-4\"", "\"\""), "/id", "event-id-format",
                true, null));
        rows.add(new Row("event date that does not exist", CaseEvent.class, EVENT.replace("2026-03-20", "2026-02-30"),
                "/date", "date-format", true, null));
        rows.add(new Row("event without schemaVersion", CaseEvent.class, EVENT.replace("\"schemaVersion\": 1,", ""),
                "/schemaVersion", "required", true, null));
        // A case.
        rows.add(new Row("event out of order", Case.class, CASE.replace("\"2026-03-13\"", "\"2026-03-10\""),
                "/events/1", "out-of-order", false, null));
        rows.add(new Row("event before the referral", Case.class, CASE.replace("\"2026-03-13\"", "\"2026-03-09\""),
                "/events/1", "before-referral", false, null));
        rows.add(new Row("event id used for another event", Case.class, CASE.replace("\"ev-3\"", "\"ev-2\""),
                "/events/2", "conflicting-event-id", false, null));
        rows.add(new Row("event not allowed in the state", Case.class, "{\"schemaVersion\": 1, \"caseId\": \"R-1\", "
                + "\"state\": \"contacted\", \"fhirStatus\": \"accepted\", \"businessStatus\": \"contacted\", "
                + "\"version\": 1, \"events\": [{\"type\": \"contact-attempted\", \"id\": \"e1\", "
                + "\"date\": \"2026-03-12\", \"reached\": true}]}", "/events/0", "not-allowed-in-state", false, null));
        rows.add(new Row("state that the events do not lead to", Case.class,
                CASE.replace("\"state\": \"completed\"", "\"state\": \"participating\""), "/state", "derived-mismatch",
                false, null));
        rows.add(new Row("version that is not the number of events", Case.class,
                CASE.replace("\"version\": 12", "\"version\": 11"), "/version", "derived-mismatch", false, null));
        rows.add(new Row("FHIR status of another state", Case.class,
                CASE.replace("\"fhirStatus\": \"completed\"", "\"fhirStatus\": \"in-progress\""), "/fhirStatus",
                "derived-mismatch", false, null));
        rows.add(new Row("case id of another referral", Case.class,
                CASE.replace("\"caseId\": \"HA-2026-0042\"", "\"caseId\": \"HA-2026-0043\""), "/caseId",
                "derived-mismatch", false, null));
        rows.add(new Row("schemaVersion inside an event of a case", Case.class,
                CASE.replace("\"id\": \"ev-2\",", "\"id\": \"ev-2\", \"schemaVersion\": 1,"), "/events/1/schemaVersion",
                "unknown-property", true, null));
        rows.add(new Row("events not an array", Case.class, replace(CASE, "\"events\": \\[.*]", "\"events\": {}"),
                "/events", "wrong-type", true, null));
        // Indicator reports.
        String referrals = "\"referrals\": \\{\n          \"count\": 4\n        }";
        rows.add(report("count of a report that is a share", "\"count\": 4", "\"numerator\": 4",
                "/rows/0/values/referrals", "value-shape", true));
        rows.add(report("value with the properties of two shapes", "\"count\": 4", "\"count\": 4, \"n\": 4",
                "/rows/0/values/referrals", "value-shape", true));
        rows.add(report("share for a count indicator", referrals,
                "\"referrals\": {\"numerator\": 1, \"denominator\": 2}", "/rows/0/values/referrals", "value-kind",
                false));
        rows.add(report("unknown indicator key", "\"referrals\":", "\"referals\":", "/rows/0/values/referals",
                "unknown-code", false));
        rows.add(report("unknown breakdown term", "not-eligible-by-reason/under-minimum-age",
                "not-eligible-by-reason/too-young", "/rows/0/values/not-eligible-by-reason~1too-young", "unknown-code",
                false));
        rows.add(report("numerator above the denominator", "\"numerator\": 4,", "\"numerator\": 5,",
                "/rows/0/values/frequent-attenders/numerator", "share-range", false));
        rows.add(report("negative count", "\"count\": 4", "\"count\": -4", "/rows/0/values/referrals/count",
                "not-negative", true));
        rows.add(report("missing total row", ",\\s*\\{\\s*\"group\": \"total\".*\n  ]", "\n  ]", "/rows",
                "total-row-last", true));
        rows.add(report("negative excluded", "\"excluded\": 0", "\"excluded\": -1", "/excluded", "not-negative",
                true));
        rows.add(report("mean that is not sum / n", "\"mean\": 1.0", "\"mean\": 1.5",
                "/rows/0/values/positive-health-change-mean~1bodily-functions/mean", "derived-mismatch", false));
        rows.add(report("quantile null with cases", "\"quantile\": 6.0", "\"quantile\": null",
                "/rows/0/values/days-to-first-contact-median/quantile", "quantile-null", false));
        rows.add(report("value null in a report", referrals, "\"referrals\": null", "/rows/0/values/referrals",
                "wrong-type", true));
        rows.add(report("period that ends before it starts", "\"to\": \"2026-12-31\"", "\"to\": \"2025-12-31\"",
                "/period/to", "period-order", false));
        rows.add(report("unknown grouping", "\"grouping\": \"month\"", "\"grouping\": \"week\"", "/grouping",
                "unknown-code", true));
        rows.add(report("report without schemaVersion", "\"schemaVersion\": 1,", "", "/schemaVersion", "required",
                true));
        rows.add(new Row("suppression threshold below 2", PublishedReport.class,
                replace(PUBLISHED, "\"k\": 2", "\"k\": 1"), "/suppression/k", "suppression-threshold", true, null));
        rows.add(new Row("unknown suppression mode", PublishedReport.class,
                replace(PUBLISHED, "\"mode\": \"threshold\"", "\"mode\": \"hidden\""), "/suppression/mode",
                "unknown-code", true, null));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyMalformedDocumentIsOneErrorWithItsPathAndRuleAndNoPersonalValue(Row row) {
        Throwable thrown = catchThrowable(() -> mapper.readValue(row.json(), row.type()));
        assertThat(thrown).isInstanceOf(WorJsonException.class);
        WorJsonException e = (WorJsonException) thrown;
        assertThat(e.rule()).isEqualTo(row.rule());
        assertThat(e.path()).isEqualTo(row.path());
        assertThat(e.getMessage()).contains("(rule " + row.rule() + ")")
                .startsWith(row.path().isEmpty() ? "document root: " : row.path() + ": ");
        List<String> secrets = new ArrayList<>(PERSONAL);
        if (row.secret() != null) {
            secrets.add(row.secret());
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (String text : new String[] {t.getMessage(), t.toString(), t.getLocalizedMessage()}) {
                for (String secret : secrets) {
                    assertThat(text).doesNotContain(secret);
                }
            }
        }
        if (row.schema()) {
            assertThat(Schemas.errors(Schemas.of(row.type()), row.json())).as("schema errors").isNotEmpty();
        }
    }

    @Test
    void theSuiteHoldsAtLeastFortyDocuments() {
        assertThat(rows().count()).isGreaterThanOrEqualTo(40);
        assertThat(rows().map(Row::rule).distinct().count()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void withoutTheSafeMapperADuplicateKeyIsStillAnError() {
        ObjectMapper plain = new ObjectMapper().registerModule(new WorModule());
        String json = REFERRAL.replace("\"motivated\": true,", "\"motivated\": true, \"motivated\": false,");
        Throwable thrown = catchThrowable(() -> plain.readValue(json, Referral.class));
        assertThat(thrown).isInstanceOfSatisfying(WorJsonException.class, e -> {
            assertThat(e.rule()).isEqualTo("duplicate-key");
            assertThat(e.path()).isEqualTo("/motivated");
        });
    }

    @Test
    void aWrongBirthDateIsNeverQuotedEvenByAPlainMapper() {
        ObjectMapper plain = new ObjectMapper().registerModule(new WorModule());
        String json = REFERRAL.replace("\"1958-11-02\"", "1958-11-02");
        Throwable thrown = catchThrowable(() -> plain.readValue(json, Referral.class));
        assertThat(thrown).isInstanceOf(WorJsonException.class).message().doesNotContain("1958");
    }
}
