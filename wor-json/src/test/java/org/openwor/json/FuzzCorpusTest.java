package org.openwor.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.openwor.core.Referral;
import org.openwor.core.deadline.WorklistItem;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.indicator.IndicatorReport;
import org.openwor.core.indicator.PublishedReport;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;

/**
 * The seed corpus of {@link WireFuzzTest}: every golden document and every document of the bad-input
 * suite is a seed of the target that reads its type, so that the replay in the normal test run covers them
 * and fuzzing starts from them. Run with {@code -Dopenwor.fuzz.writeSeeds=true} to (re)write the seeds
 * after the golden files or the suite change; findings of fuzzing sit next to them as {@code crash-*},
 * {@code timeout-*} or {@code finding-*} files and are never rewritten.
 */
class FuzzCorpusTest {

    /** The corpus of the fuzz targets, one folder per target. */
    static final Path INPUTS = Path.of("src/test/resources/org/openwor/json/WireFuzzTestInputs");

    private static final Map<Class<?>, String> TARGETS = Map.of(Referral.class, "referral",
            EligibilityDecision.class, "eligibilityDecision", CaseEvent.class, "caseEvent", Case.class,
            "caseDocument", IndicatorReport.class, "indicatorReport", PublishedReport.class, "publishedReport",
            WorklistItem[].class, "worklist");

    /**
     * Returns the seeds: target folder and file name to content.
     *
     * @return the seeds, in a stable order
     */
    static Map<Path, String> seeds() throws IOException {
        Map<Path, String> seeds = new LinkedHashMap<>();
        for (String name : List.of("referral.json", "eligibility-decision.json", "case-event.json", "case.json",
                "indicator-report.json", "published-report.json", "worklist.json")) {
            seeds.put(INPUTS.resolve(TARGETS.get(Documents.type(name))).resolve("golden-" + name), Documents.read(name));
        }
        WorJsonExceptionTest.rows().forEach(row -> seeds.put(
                INPUTS.resolve(TARGETS.get(row.type())).resolve("bad-" + slug(row.name()) + ".json"), row.json()));

        Path worklist = INPUTS.resolve("worklist");
        String items = Documents.read("worklist.json");
        seeds.put(worklist.resolve("edge-empty.json"), "[]");
        seeds.put(worklist.resolve("bad-unknown-kind.json"), items.replace("\"first-contact\"", "\"second-contact\""));
        seeds.put(worklist.resolve("bad-met-date-with-pending.json"),
                items.replace("\"status\": \"pending\",", "\"status\": \"pending\", \"metOn\": \"2026-03-13\","));
        seeds.put(worklist.resolve("bad-days-left-as-a-string.json"), items.replace("6\n", "\"6\"\n"));

        Path lines = INPUTS.resolve("caseJsonLines");
        StringWriter good = new StringWriter();
        try (CaseJsonLines.CaseWriter writer = CaseJsonLines.defaults().writer(good)) {
            for (Case c : Documents.cases()) {
                writer.write(c);
            }
        }
        seeds.put(lines.resolve("golden-cases.jsonl"), good.toString());
        StringBuilder mixed = new StringBuilder(good.toString()).append("\n  \t\r\n");
        WorJsonExceptionTest.rows().filter(row -> row.type() == Case.class)
                .forEach(row -> mixed.append(row.json().replace('\n', ' ')).append("\r\n"));
        mixed.append(Documents.read("case.json").replace('\n', ' '));
        seeds.put(lines.resolve("mixed-cases.jsonl"), mixed.toString());

        // The monitoring stream: its golden lines are seeds of the single record, its bad lines too.
        Path ineligible = INPUTS.resolve("ineligibleReferral");
        seeds.put(ineligible.resolve("golden-ineligible-referral.json"), Documents.read("ineligible-referral.json"));
        String monitoring = Documents.read("monitoring.jsonl");
        List<String> golden = monitoring.lines().toList();
        Map<String, String> badIneligible = badLines(MonitoringJsonLinesTest.badIneligibleLines(), golden.get(1));
        badIneligible.forEach((name, line) -> seeds.put(ineligible.resolve("bad-" + name + ".json"), line));
        Map<String, String> badLines = badLines(MonitoringJsonLinesTest.badCaseLines(), golden.get(0));
        badLines.putAll(badIneligible);
        Path record = INPUTS.resolve("monitoringRecord");
        for (int i = 0; i < golden.size(); i++) {
            seeds.put(record.resolve("golden-line-" + (i + 1) + ".json"), golden.get(i));
        }
        badLines.forEach((name, line) -> seeds.put(record.resolve("bad-" + name + ".json"), line));
        Path stream = INPUTS.resolve("monitoringJsonLines");
        seeds.put(stream.resolve("golden-monitoring.jsonl"), monitoring);
        StringBuilder mixedRecords = new StringBuilder(monitoring).append("\n  \t\r\n");
        badLines.values().forEach(line -> mixedRecords.append(line).append("\r\n"));
        mixedRecords.append(golden.get(1));
        seeds.put(stream.resolve("mixed-monitoring.jsonl"), mixedRecords.toString());
        return seeds;
    }

    /** Applies each row (name, text to replace, replacement, …) to a good line: slug of the name to bad line. */
    private static Map<String, String> badLines(Stream<Arguments> rows, String good) {
        Map<String, String> lines = new LinkedHashMap<>();
        rows.map(Arguments::get).forEach(row ->
                lines.put(slug((String) row[0]), good.replace((String) row[1], (String) row[2])));
        return lines;
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    @Test
    void everyGoldenAndBadDocumentIsASeedOfItsTarget() throws IOException {
        boolean write = Boolean.getBoolean("openwor.fuzz.writeSeeds");
        for (Map.Entry<Path, String> seed : seeds().entrySet()) {
            if (write) {
                Files.createDirectories(seed.getKey().getParent());
                Files.writeString(seed.getKey(), seed.getValue(), StandardCharsets.UTF_8);
            }
            assertThat(seed.getKey()).as("seed; rewrite with -Dopenwor.fuzz.writeSeeds=true").exists()
                    .hasContent(seed.getValue());
        }
    }

    @Test
    void everyTargetHasSeeds() throws IOException {
        for (String target : List.of("referral", "eligibilityDecision", "caseEvent", "caseDocument",
                "indicatorReport", "publishedReport", "worklist", "caseJsonLines", "ineligibleReferral",
                "monitoringRecord", "monitoringJsonLines")) {
            try (var files = Files.list(INPUTS.resolve(target))) {
                assertThat(files.count()).as(target).isGreaterThanOrEqualTo(2);
            }
        }
    }
}
