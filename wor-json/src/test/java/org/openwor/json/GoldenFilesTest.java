package org.openwor.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The golden files: one canonical document per top-level type, kept in {@code src/test/resources/golden/}.
 *
 * <p><b>The wire format is a public contract.</b> When this test fails because the JSON changed, the
 * change is a change of the wire format: bump {@code schemaVersion} ({@link WorModule#SCHEMA_VERSION}),
 * update the JSON Schema files and wor-json's README, and only then regenerate the files with
 * {@code ./mvnw -pl wor-json verify -Dopenwor.golden.update=true}.
 */
class GoldenFilesTest {

    private final ObjectMapper mapper = WorJson.newMapper();
    private final ObjectWriter pretty = mapper.writer(WorJson.prettyPrinter());

    @ParameterizedTest
    @ValueSource(strings = {"referral.json", "eligibility-decision.json", "case.json", "case-event.json",
        "indicator-report.json", "published-report.json", "worklist.json"})
    void writingGivesTheGoldenFileByteForByte(String name) throws Exception {
        Object value = Documents.golden().get(name);
        String written = pretty.writeValueAsString(value) + "\n";
        if (Boolean.getBoolean("openwor.golden.update")) {
            Files.createDirectories(Documents.GOLDEN);
            Files.writeString(Documents.GOLDEN.resolve(name), written, StandardCharsets.UTF_8);
        }
        assertThat(written).isEqualTo(Documents.read(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"referral.json", "eligibility-decision.json", "case.json", "case-event.json",
        "indicator-report.json", "published-report.json", "worklist.json"})
    void readingTheGoldenFileGivesAnEqualValueThatWritesTheSameFile(String name) throws Exception {
        Object value = Documents.golden().get(name);
        String golden = Documents.read(name);
        Object read = mapper.readValue(golden, Documents.type(name));
        assertThat(read).isEqualTo(value);
        assertThat(pretty.writeValueAsString(read) + "\n").isEqualTo(golden);
    }
}
