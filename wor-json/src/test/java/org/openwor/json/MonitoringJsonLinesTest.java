package org.openwor.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openwor.core.ReferrerRole;
import org.openwor.core.eligibility.IneligibilityReason;
import org.openwor.core.indicator.IndicatorAccumulator;
import org.openwor.core.indicator.Indicator;
import org.openwor.core.indicator.IndicatorReport;
import org.openwor.core.indicator.IneligibleReferral;
import org.openwor.core.indicator.ReportSpec;
import org.openwor.core.testing.ReferralExamples;
import org.openwor.core.workflow.Case;
import org.openwor.json.WireArbitraries.CaseLists;

/**
 * {@link MonitoringJsonLines} and {@link MonitoringRecord}: the monitoring stream carries everything an
 * {@link IndicatorAccumulator} takes (GP visits after the referral, ineligible referrals), with the same
 * line accounting, golden files, schema and error rules as the rest of the wire format.
 */
class MonitoringJsonLinesTest {

    private final ObjectMapper mapper = WorJson.newMapper();
    private final ObjectWriter pretty = mapper.writer(WorJson.prettyPrinter());
    private final MonitoringJsonLines lines = MonitoringJsonLines.defaults();

    /** A referral from the seeds that was not eligible: under 18 and not motivated. */
    static IneligibleReferral ineligible() {
        return IneligibleReferral.builder().referralDate(LocalDate.of(2026, 3, 12)).referrerRole(ReferrerRole.GP)
                .practiceReference("huisartsen-middelburg-oost").municipalityCode("GM0687")
                .addReasons(IneligibilityReason.UNDER_MINIMUM_AGE, IneligibilityReason.NOT_MOTIVATED).build();
    }

    /** The golden monitoring stream: a case with its follow-up, an ineligible referral, a case without. */
    static List<MonitoringRecord> records() {
        return List.of(MonitoringRecord.of(Documents.caseValue(), OptionalInt.of(9)), MonitoringRecord.of(ineligible()),
                MonitoringRecord.of(Case.empty()));
    }

    private String write(List<MonitoringRecord> records) throws IOException {
        StringWriter out = new StringWriter();
        try (MonitoringJsonLines.MonitoringWriter writer = lines.writer(out)) {
            for (MonitoringRecord r : records) {
                writer.write(r);
            }
            assertThat(writer.written()).isEqualTo(records.size());
        }
        return out.toString();
    }

    private List<MonitoringRecord> readAll(String text) throws IOException {
        try (MonitoringJsonLines.MonitoringReader reader = lines.reader(new StringReader(text),
                CaseJsonLines.OnError.FAIL_FAST)) {
            return reader.stream().map(line -> ((MonitoringJsonLines.Accepted) line).value()).toList();
        }
    }

    private static void golden(String name, String written) throws IOException {
        if (Boolean.getBoolean("openwor.golden.update")) {
            Files.writeString(Documents.GOLDEN.resolve(name), written, StandardCharsets.UTF_8);
        }
        assertThat(written).isEqualTo(Documents.read(name));
    }

    @Test
    void theIneligibleReferralIsAGoldenTopLevelDocument() throws IOException {
        String written = pretty.writeValueAsString(ineligible()) + "\n";
        golden("ineligible-referral.json", written);
        assertThat(mapper.readValue(written, IneligibleReferral.class)).isEqualTo(ineligible());
        assertThat(Schemas.errors("ineligible-referral.schema.json", written)).isEmpty();
        assertThat(Schemas.errors("monitoring-record.schema.json", written)).isEmpty();
    }

    @Test
    void theGoldenMonitoringStreamReadsBackEqualAndEveryLineIsValid() throws IOException {
        String written = write(records());
        golden("monitoring.jsonl", written);
        assertThat(readAll(Documents.read("monitoring.jsonl"))).isEqualTo(records());
        assertThat(written.lines()).allSatisfy(line ->
                assertThat(Schemas.errors("monitoring-record.schema.json", line)).isEmpty());
        assertThat(written.lines().findFirst().orElseThrow()).endsWith(",\"gpVisitsAfter\":9}");
    }

    @Property(tries = 30)
    void casesWithFollowUpsAndIneligibleReferralsRoundTrip(@ForAll(supplier = CaseLists.class) List<Case> cases,
            @ForAll @IntRange(min = 0, max = 60) int visits) throws IOException {
        List<MonitoringRecord> records = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            records.add(MonitoringRecord.of(cases.get(i), i % 2 == 0 ? OptionalInt.of(visits + i) : OptionalInt.empty()));
            records.add(MonitoringRecord.of(ineligible()));
        }
        String text = write(records);
        assertThat(readAll(text)).isEqualTo(records);
        assertThat(text.lines()).allSatisfy(line ->
                assertThat(Schemas.errors("monitoring-record.schema.json", line)).isEmpty());
    }

    @Property(tries = 20)
    void aFileOfCasesIsAMonitoringStream(@ForAll(supplier = CaseLists.class) List<Case> cases) throws IOException {
        StringWriter out = new StringWriter();
        try (CaseJsonLines.CaseWriter writer = CaseJsonLines.defaults().writer(out)) {
            for (Case c : cases) {
                writer.write(c);
            }
        }
        assertThat(readAll(out.toString())).isEqualTo(cases.stream().<MonitoringRecord>map(MonitoringRecord::of).toList());
    }

    @Test
    void aReportFromTheStreamEqualsTheReportFromTheValues() throws IOException {
        ReportSpec spec = ReportSpec.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31));
        IndicatorAccumulator direct = new IndicatorAccumulator(spec);
        records().forEach(r -> r.addTo(direct));
        IndicatorAccumulator fromFile = new IndicatorAccumulator(spec);
        readAll(write(records())).forEach(r -> r.addTo(fromFile));
        IndicatorReport report = fromFile.result();
        assertThat(report).isEqualTo(direct.result());
        IndicatorAccumulator casesOnly = new IndicatorAccumulator(spec);
        records().stream().filter(MonitoringRecord.CaseRecord.class::isInstance)
                .forEach(r -> casesOnly.add(((MonitoringRecord.CaseRecord) r).value()));
        assertThat(report.total().value(Indicator.REFERRALS))
                .isNotEqualTo(casesOnly.result().total().value(Indicator.REFERRALS));
        assertThat(report.total().value(Indicator.GP_VISITS_CHANGE_MEAN))
                .isNotEqualTo(casesOnly.result().total().value(Indicator.GP_VISITS_CHANGE_MEAN));
    }

    /**
     * Changes to the first golden line (a case with its follow-up) that make it a bad line.
     *
     * @return name, text to replace, its replacement, JSON path and rule of each row
     */
    static Stream<Arguments> badCaseLines() {
        return Stream.of(
                Arguments.of("negative follow-up", ",\"gpVisitsAfter\":9}", ",\"gpVisitsAfter\":-1}", "/gpVisitsAfter", "not-negative"),
                Arguments.of("follow-up twice", ",\"gpVisitsAfter\":9}", ",\"gpVisitsAfter\":9,\"gpVisitsAfter\":9}", "/gpVisitsAfter", "duplicate-key"),
                Arguments.of("follow-up not a number", ",\"gpVisitsAfter\":9}", ",\"gpVisitsAfter\":\"9\"}", "/gpVisitsAfter", "wrong-type"),
                Arguments.of("unknown type", "\"schemaVersion\":1,", "\"schemaVersion\":1,\"type\":\"case\",", "/type", "unknown-code"),
                Arguments.of("case rule kept", "\"version\":12", "\"version\":13", "/version", "derived-mismatch"),
                Arguments.of("case strictness kept", "\"version\":12", "\"archived\":true,\"version\":12", "/archived", "unknown-property"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCaseLines")
    void aBadCaseLineNamesItsPathAndRule(String name, String from, String to, String path, String rule) throws IOException {
        String line = write(records()).lines().findFirst().orElseThrow().replace(from, to);
        assertThat(line).isNotEqualTo(write(records()).lines().findFirst().orElseThrow());
        assertRejected(line, path, rule);
        assertSchemaInvalid(line, rule);
    }

    /**
     * Changes to the line of {@link #ineligible()} that make it a bad line.
     *
     * @return name, text to replace, its replacement, JSON path and rule of each row
     */
    static Stream<Arguments> badIneligibleLines() {
        return Stream.of(
                Arguments.of("reasons out of order", "[\"under-minimum-age\",\"not-motivated\"]", "[\"not-motivated\",\"under-minimum-age\"]", "/reasons", "reasons-ordered"),
                Arguments.of("no reasons", "[\"under-minimum-age\",\"not-motivated\"]", "[]", "/reasons", "reasons-empty"),
                Arguments.of("unknown reason", "\"not-motivated\"", "\"too-young\"", "/reasons/1", "unknown-code"),
                Arguments.of("follow-up on an ineligible referral", "\"reasons\"", "\"gpVisitsAfter\":3,\"reasons\"", "/gpVisitsAfter", "unknown-property"),
                Arguments.of("follow-up before the type", "{\"schemaVersion\":1,", "{\"gpVisitsAfter\":3,\"schemaVersion\":1,", "/gpVisitsAfter", "unknown-property"),
                Arguments.of("no practice", "\"practiceReference\":\"huisartsen-middelburg-oost\",", "", "/practiceReference", "required"),
                Arguments.of("bad date", "2026-03-12", "2026-02-30", "/referralDate", "date-format"),
                Arguments.of("no schema version", "\"schemaVersion\":1,", "", "/schemaVersion", "required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badIneligibleLines")
    void aBadIneligibleLineNamesItsPathAndRule(String name, String from, String to, String path, String rule)
            throws IOException {
        String good = write(List.of(MonitoringRecord.of(ineligible()))).strip();
        String line = good.replace(from, to);
        assertThat(line).isNotEqualTo(good);
        assertRejected(line, path, rule);
        assertSchemaInvalid(line, rule);
    }

    /** The schema checks structure; the rules that span values or keys are the reader's alone (README). */
    private static void assertSchemaInvalid(String line, String rule) {
        if (!List.of("derived-mismatch", "duplicate-key", "reasons-ordered").contains(rule)) {
            assertThat(Schemas.errors("monitoring-record.schema.json", line)).as(rule).isNotEmpty();
        }
    }

    private void assertRejected(String line, String path, String rule) throws IOException {
        String text = write(List.of(MonitoringRecord.of(Case.empty()))) + "\n" + line + "\n";
        try (MonitoringJsonLines.MonitoringReader reader = lines.reader(new StringReader(text),
                CaseJsonLines.OnError.SKIP_AND_REPORT)) {
            List<MonitoringJsonLines.Line> read = reader.stream().toList();
            assertThat(read).hasSize(2);
            assertThat(read.get(1)).isInstanceOfSatisfying(CaseJsonLines.Rejected.class, r -> {
                assertThat(r.number()).isEqualTo(3);
                assertThat(r.path()).isEqualTo(path);
                assertThat(r.rule()).isEqualTo(rule);
                assertThat(r.message()).startsWith("line 3, ").doesNotContain(ReferralExamples.BIRTH_DATE.toString());
            });
            assertThat(reader.read()).isEqualTo(2).isEqualTo(reader.accepted() + reader.rejected());
            assertThat(reader.blank()).isEqualTo(1);
        }
        assertThatThrownBy(() -> lines.reader(new StringReader(text), CaseJsonLines.OnError.FAIL_FAST).stream().count())
                .cause().isInstanceOfSatisfying(WorJsonException.class, e -> {
                    assertThat(e.lineNumber()).hasValue(3);
                    assertThat(e.rule()).isEqualTo(rule);
                });
    }

    @Test
    void aCaseDocumentStaysStrictOutsideTheStream() throws IOException {
        String line = write(records()).lines().findFirst().orElseThrow();
        assertThatThrownBy(() -> mapper.readValue(line, Case.class)).isInstanceOfSatisfying(WorJsonException.class, e -> {
            assertThat(e.path()).isEqualTo("/gpVisitsAfter");
            assertThat(e.rule()).isEqualTo("unknown-property");
        });
        assertThat(mapper.readValue(line, MonitoringRecord.class))
                .isEqualTo(MonitoringRecord.of(Documents.caseValue(), OptionalInt.of(9)));
        assertThatThrownBy(() -> mapper.readValue(line, MonitoringRecord.IneligibleRecord.class))
                .isInstanceOfSatisfying(WorJsonException.class, e -> assertThat(e.rule()).isEqualTo("unexpected-variant"));
    }

    @Test
    void theReadmeSnippetRuns() throws IOException {
        // The same code as the monitoring-stream snippet in wor-json's README.
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        LocalDate asOf = to;
        java.io.Reader in = new StringReader(write(records()) + "not json\n");
        List<Long> reported = new ArrayList<>();
        IndicatorAccumulator accumulator = new IndicatorAccumulator(ReportSpec.of(from, to, asOf));
        try (MonitoringJsonLines.MonitoringReader reader = MonitoringJsonLines.defaults().reader(in, CaseJsonLines.OnError.SKIP_AND_REPORT)) {
            reader.stream().forEach(line -> {
                if (line instanceof MonitoringJsonLines.Accepted accepted) {
                    accepted.value().addTo(accumulator);   // add(case, gpVisitsAfter) or add(ineligibleReferral)
                } else if (line instanceof CaseJsonLines.Rejected rejected) {
                    reported.add(rejected.number());
                }
            });
        }
        assertThat(reported).containsExactly(4L);
        IndicatorAccumulator direct = new IndicatorAccumulator(ReportSpec.of(from, to, asOf));
        records().forEach(r -> r.addTo(direct));
        assertThat(accumulator.result()).isEqualTo(direct.result());
    }

    @Test
    void theLenientMapperSkipsAFollowUpOnAnIneligibleReferral() throws IOException {
        MonitoringJsonLines lenient = MonitoringJsonLines.of(WorJson.newMapper(new WorModule().withLenientUnknownProperties()));
        String line = write(List.of(MonitoringRecord.of(ineligible()))).replace("\"reasons\"", "\"gpVisitsAfter\":3,\"reasons\"");
        assertThat(lenient.reader(new StringReader(line), CaseJsonLines.OnError.FAIL_FAST).next())
                .isEqualTo(new MonitoringJsonLines.Accepted(1, MonitoringRecord.of(ineligible())));
    }

    @Test
    void aRecordNeedsANonNegativeFollowUpAndAMapperWithTheModule() {
        assertThatThrownBy(() -> MonitoringRecord.of(Case.empty(), OptionalInt.of(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MonitoringJsonLines.of(new ObjectMapper())).isInstanceOf(IllegalArgumentException.class);
    }
}
