package org.openwor.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openwor.core.Referral;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.indicator.IndicatorKey;
import org.openwor.core.indicator.IndicatorReport;
import org.openwor.core.indicator.IndicatorValue;
import org.openwor.core.workflow.Case;

/** wor-json's README: its examples are the golden files, and its code is the code below. */
class ReadmeTest {

    private static final String README = read();

    private static String read() {
        try {
            return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"referral.json", "eligibility-decision.json", "case.json", "case-event.json",
        "worklist.json"})
    void everyExampleDocumentIsAGoldenFile(String name) {
        assertThat(README).contains("```json\n" + Documents.read(name) + "```\n");
    }

    @Test
    void theReportExampleIsAValidReportAndItsValuesRoundTrip() throws Exception {
        String example = README.substring(README.indexOf("```json", README.indexOf("### Indicator report")) + 7);
        example = example.substring(0, example.indexOf("```"));
        ObjectMapper mapper = WorJson.newMapper();
        IndicatorReport report = mapper.readValue(example, IndicatorReport.class);
        assertThat(report.total().value(IndicatorKey.fromCode("referrals"))).isEqualTo(new IndicatorValue.Count(5));
        assertThat(Schemas.errors("indicator-report.schema.json", example)).isEmpty();
        for (String value : List.of("{\"count\": 4}", "{\"numerator\": 2, \"denominator\": 4}",
                "{\"sum\": 7, \"n\": 2, \"mean\": 3.5}", "{\"quantile\": 6.0, \"n\": 2}")) {
            assertThat(README).contains("`" + value + "`");
            assertThat(mapper.writeValueAsString(mapper.readValue(value, IndicatorValue.class)))
                    .isEqualTo(value.replace(" ", ""));
        }
    }

    @Test
    void theInlineExamplesAreWhatTheModuleReadsAndWrites() throws Exception {
        String notEligible = "{\"schemaVersion\": 1, \"eligible\": false, \"referralId\": \"R-1\", "
                + "\"reasons\": [\"under-minimum-age\", \"not-motivated\"]}";
        assertThat(flat(README)).contains(notEligible);
        assertThat(WorJson.newMapper().readValue(notEligible, EligibilityDecision.class).isEligible()).isFalse();
        assertThat(Schemas.errors("eligibility-decision.schema.json", notEligible)).isEmpty();
    }

    @Test
    void theUseSnippetRuns() throws Exception {
        Referral referral = Documents.referral();
        String caseJson = Documents.read("case.json");
        // Same code as the README's "Use" section.
        ObjectMapper mapper = WorJson.newMapper();            // the module plus safe parser settings
        String json = mapper.writeValueAsString(referral);
        Referral back = mapper.readValue(json, Referral.class);

        Case read = mapper.readValue(caseJson, Case.class);   // replayed through CaseWorkflow.defaults()
        assertThat(back).isEqualTo(referral);
        assertThat(read).isEqualTo(Documents.caseValue());
    }

    @Test
    void theJsonLinesSnippetRuns() throws Exception {
        StringWriter out = new StringWriter();
        try (CaseJsonLines.CaseWriter writer = CaseJsonLines.defaults().writer(out)) {
            writer.write(Documents.caseValue());
        }
        Reader in = new StringReader(out + "\n{}\n");
        List<Case> stored = new ArrayList<>();
        List<String> reported = new ArrayList<>();
        // Same code as the README's "JSON Lines" section, with store and report as lambdas.
        CaseJsonLines lines = CaseJsonLines.defaults();
        try (CaseJsonLines.CaseReader reader = lines.reader(in, CaseJsonLines.OnError.SKIP_AND_REPORT)) {
            reader.stream().forEach(line -> {
                if (line instanceof CaseJsonLines.Accepted accepted) {
                    stored.add(accepted.value());
                } else if (line instanceof CaseJsonLines.Rejected rejected) {
                    reported.add(rejected.number() + " " + rejected.path() + " " + rejected.rule());
                }
            });
            assertThat(reader.read()).isEqualTo(reader.accepted() + reader.rejected());
            assertThat(reader.blank()).isEqualTo(1);
        }
        assertThat(stored).containsExactly(Documents.caseValue());
        assertThat(reported).containsExactly("3 /schemaVersion required");
    }
}
