package org.openwor.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.openwor.core.Referral;
import org.openwor.core.deadline.WorklistItem;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.indicator.IndicatorReport;
import org.openwor.core.indicator.IneligibleReferral;
import org.openwor.core.indicator.PublishedReport;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;

/**
 * Jazzer fuzz targets for every reader of the wire format: each top-level document, the worklist, a
 * monitoring record, and both JSON Lines streams (cases and monitoring records). For any input the only outcome allowed is a value or a {@link WorJsonException}: any other
 * exception, a hang or running out of memory is a finding. A value read must also write and read back
 * equal, so that a reader never silently misreads what it accepted.
 *
 * <p>In the normal test run each target replays its committed corpus in
 * {@code src/test/resources/org/openwor/json/WireFuzzTestInputs/<target>/}: the golden documents, the
 * documents of the bad-input suite ({@link WorJsonExceptionTest}) and every finding of earlier fuzzing.
 * With {@code JAZZER_FUZZ=1} one target is fuzzed; see "Fuzzing" in {@code wor-json/README.md}.
 */
class WireFuzzTest {

    private static final ObjectMapper MAPPER = WorJson.newMapper();
    private static final CaseJsonLines LINES = CaseJsonLines.defaults();
    private static final MonitoringJsonLines MONITORING = MonitoringJsonLines.defaults();

    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "10m")
    void referral(byte[] input) throws IOException {
        readsToAValueOrItsOwnError(input, Referral.class);
    }

    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "10m")
    void eligibilityDecision(byte[] input) throws IOException {
        readsToAValueOrItsOwnError(input, EligibilityDecision.class);
    }

    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "10m")
    void caseEvent(byte[] input) throws IOException {
        readsToAValueOrItsOwnError(input, CaseEvent.class);
    }

    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "10m")
    void caseDocument(byte[] input) throws IOException {
        readsToAValueOrItsOwnError(input, Case.class);
    }

    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "10m")
    void indicatorReport(byte[] input) throws IOException {
        readsToAValueOrItsOwnError(input, IndicatorReport.class);
    }

    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "10m")
    void publishedReport(byte[] input) throws IOException {
        readsToAValueOrItsOwnError(input, PublishedReport.class);
    }

    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "10m")
    void worklist(byte[] input) throws IOException {
        readsToAValueOrItsOwnError(input, WorklistItem[].class);
    }

    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "10m")
    void ineligibleReferral(byte[] input) throws IOException {
        readsToAValueOrItsOwnError(input, IneligibleReferral.class);
    }

    /** One line of a monitoring stream read on its own: a case with its follow-up or an ineligible referral. */
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "10m")
    void monitoringRecord(byte[] input) throws IOException {
        readsToAValueOrItsOwnError(input, MonitoringRecord.class);
    }

    /** The case stream: see {@link #readsEveryLineInBothModes}. */
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "10m")
    void caseJsonLines(byte[] input) throws IOException {
        readsEveryLineInBothModes(input, LINES::reader);
    }

    /** The monitoring stream: see {@link #readsEveryLineInBothModes}. */
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "10m")
    void monitoringJsonLines(byte[] input) throws IOException {
        readsEveryLineInBothModes(input, MONITORING::reader);
    }

    /** Opens a JSON Lines reader in a mode. */
    @FunctionalInterface
    private interface Opener {
        JsonLinesReader<?> open(Reader in, CaseJsonLines.OnError onError);
    }

    /**
     * JSON Lines in both modes over the same text: skip-and-report accounts for every non-blank line, and
     * fail-fast accepts the same lines and then stops at the first line that skip-and-report rejected.
     */
    private static void readsEveryLineInBothModes(byte[] input, Opener opener) throws IOException {
        String text = new String(input, StandardCharsets.UTF_8);
        long nonBlank = 0;
        long blank = 0;
        String[] split = text.split("\n", -1);
        for (int i = 0; i < split.length; i++) {
            if (i == split.length - 1 && split[i].isEmpty()) {
                break; // the text is empty or ends with a line break: no further line
            }
            String line = split[i].endsWith("\r") ? split[i].substring(0, split[i].length() - 1) : split[i];
            if (line.chars().allMatch(c -> c == ' ' || c == '\t')) {
                blank++;
            } else {
                nonBlank++;
            }
        }

        List<Object> skipped = new ArrayList<>();
        JsonLinesReader<?> reader = opener.open(new StringReader(text), CaseJsonLines.OnError.SKIP_AND_REPORT);
        for (Object line = reader.nextLine(); line != null; line = reader.nextLine()) {
            skipped.add(line);
            assertThat(reader.read()).isEqualTo(reader.accepted() + reader.rejected());
        }
        assertThat(reader.read()).isEqualTo(skipped.size()).isEqualTo(nonBlank);
        assertThat(reader.blank()).isEqualTo(blank);
        assertThat(skipped.stream().filter(CaseJsonLines.Rejected.class::isInstance).count()).isEqualTo(reader.rejected());
        for (Object line : skipped) {
            if (line instanceof CaseJsonLines.Rejected rejected) {
                assertThat(rejected.rule()).isNotBlank();
                assertThat(rejected.message()).isNotBlank();
            }
        }

        JsonLinesReader<?> failFast = opener.open(new StringReader(text), CaseJsonLines.OnError.FAIL_FAST);
        for (Object expected : skipped) {
            if (expected instanceof CaseJsonLines.Rejected rejected) {
                try {
                    Object line = failFast.nextLine();
                    throw new AssertionError("fail-fast read line " + rejected.number() + " as " + line);
                } catch (WorJsonException e) {
                    assertThat(e.lineNumber()).hasValue(rejected.number());
                    assertThat(e.rule()).isEqualTo(rejected.rule());
                }
                return;
            }
            assertThat(failFast.nextLine()).isEqualTo(expected);
        }
        assertThat(failFast.nextLine()).isNull();
    }

    private static void readsToAValueOrItsOwnError(byte[] input, Class<?> type) throws IOException {
        Object value;
        try {
            value = MAPPER.readValue(input, type);
        } catch (WorJsonException e) {
            assertThat(e.rule()).isNotBlank();
            assertThat(e.path()).isNotNull();
            return;
        }
        assertThat(value).isNotNull();
        byte[] written = MAPPER.writeValueAsBytes(value);
        assertThat(MAPPER.readValue(written, type)).isEqualTo(value);
    }
}
