package org.openwor.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwor.core.indicator.PublishedReport;
import org.openwor.core.deadline.WorklistItem;

/** The commands of {@code wor}, run in-process on small files: outputs, errors and exit codes. */
class WorTest {

    @TempDir
    static Path dir;
    static Path generated;

    /** 600 referrals in 2025, standing on 14 January 2026: the shared input of the tests. */
    @BeforeAll
    static void generate() throws IOException {
        generated = dir.resolve("cases.jsonl");
        Run run = Run.wor("generate", "--cases", "600", "--seed", "7", "--days", "365", "-o", generated.toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
    }

    private static List<String> lines() throws IOException {
        return Files.readAllLines(generated);
    }

    @Test
    void generateIsReproducibleAndWritesOneReferralPerLine() throws IOException {
        Run again = Run.wor("generate", "--cases", "600", "--seed", "7", "--days", "365");
        assertThat(again.code()).isZero();
        assertThat(again.out()).isEqualTo(Files.readString(generated));
        assertThat(lines()).hasSize(600);
        assertThat(lines()).anyMatch(l -> l.contains("\"type\":\"ineligible-referral\""))
                .anyMatch(l -> l.contains("\"gpVisitsAfter\":"));
        assertThat(Run.wor("generate", "--cases", "600", "--seed", "8", "--days", "365").out())
                .isNotEqualTo(again.out());
    }

    @Test
    void checkDecidesInDutchByDefaultAndInEnglishOrJsonOnRequest() throws IOException {
        Path referral = Run.resource(dir, "referral.json");
        Run nl = Run.wor("check", referral.toString());
        assertThat(nl.code()).isZero();
        assertThat(nl.out()).containsIgnoringCase("welzijn op recept");
        Run en = Run.wor("check", "--lang", "en", referral.toString());
        assertThat(en.code()).isZero();
        assertThat(en.out()).isNotEqualTo(nl.out()).contains("fits this referral");
        Run json = Run.wor("check", "--json", referral.toString());
        assertThat(json.out()).contains("\"eligible\": true").contains("\"referralId\": \"HA-2026-0042\"");
        Path unmotivated = Run.write(dir.resolve("unmotivated.json"),
                Files.readString(referral).replace("\"motivated\": true", "\"motivated\": false"));
        Run not = Run.wor("check", "--json", unmotivated.toString());
        assertThat(not.code()).isZero();
        assertThat(not.out()).contains("\"eligible\": false").contains("not-motivated");
    }

    @Test
    void aBadDocumentIsOneSentenceWithFilePathAndRuleAndNoPersonalValue() throws IOException {
        Path referral = Run.resource(dir, "referral.json");
        Path bad = Run.write(dir.resolve("bad-referral.json"),
                Files.readString(referral).replace("\"birthDate\": \"1958-11-02\"", "\"birthDate\": \"1958-02-30\""));
        Run run = Run.wor("check", bad.toString());
        assertThat(run.code()).isEqualTo(Wor.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains(bad.toString()).contains("/client/birthDate").contains("rule date-format")
                .doesNotContain("1958").doesNotContain("at org.");
        Run verbose = Run.wor("check", "--verbose", bad.toString());
        assertThat(verbose.code()).isEqualTo(Wor.BAD_INPUT);
        assertThat(verbose.err()).contains("at org.openwor").doesNotContain("1958-02-30");
        Run missing = Run.wor("check", dir.resolve("nothing.json").toString());
        assertThat(missing.code()).isEqualTo(Wor.BAD_INPUT);
        assertThat(missing.err()).contains("nothing.json: no such file.");
        Path empty = Run.write(dir.resolve("empty.json"), "");
        for (String command : new String[] {"check", "replay"}) {
            Run run2 = Run.wor(command, empty.toString());
            assertThat(run2.code()).isEqualTo(Wor.BAD_INPUT);
            assertThat(run2.err()).endsWith("empty.json: document root: the document is empty (rule malformed-json).\n");
        }
    }

    @Test
    void replayShowsStateFhirStatusAndDeadlines() throws IOException {
        Path c = Run.resource(dir, "case.json");
        Run run = Run.wor("replay", "--lang", "en", "--today", "2026-10-01", c.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Case: HA-2026-0042").contains("FHIR Task.status: completed")
                .contains("Business status: completed").contains("Deadlines on 2026-10-01");
        assertThat(run.out().lines().filter(l -> l.startsWith("  "))).hasSize(3);
    }

    @Test
    void replayOfARefusedEventNamesTheEventAndWhy() throws IOException {
        String json = Files.readString(Run.resource(dir, "case.json"));
        // The second contact attempt dated before the first: the workflow refuses it as out of order.
        String earlier = json.replace("\"id\": \"ev-3\",\n      \"date\": \"2026-03-16\"",
                "\"id\": \"ev-3\",\n      \"date\": \"2026-03-12\"");
        assertThat(earlier).isNotEqualTo(json);
        Path bad = Run.write(dir.resolve("refused.json"), earlier);
        Run run = Run.wor("replay", "--lang", "en", bad.toString());
        assertThat(run.code()).isEqualTo(Wor.BAD_INPUT);
        assertThat(run.err()).contains("refused.json").contains("event 3 (/events/2)").contains("ev-3");
        assertThat(run.err().lines()).hasSize(1);
        Run nl = Run.wor("replay", bad.toString());
        assertThat(nl.err()).contains("gebeurtenis 3 (/events/2)");
    }

    @Test
    void worklistListsOverdueFirstAndAsJson() throws IOException {
        Run run = Run.wor("worklist", generated.toString(), "--today", "2026-01-14", "--lang", "en");
        assertThat(run.code()).isZero();
        List<String> rows = run.out().lines().skip(2).toList();
        assertThat(rows).isNotEmpty();
        assertThat(run.out()).contains("overdue");
        assertThat(run.err()).contains("600 lines read: 600 accepted, 0 rejected; 0 blank lines skipped.");
        Run json = Run.wor("worklist", generated.toString(), "--today", "2026-01-14", "--json");
        WorklistItem[] items = Inputs.MAPPER.readValue(json.out(), WorklistItem[].class);
        assertThat(items).hasSize(rows.size());
        assertThat(items[0].daysLeft()).isNegative();
        for (int i = 1; i < items.length; i++) {
            boolean overdueAfterPending = items[i].daysLeft() < 0 && items[i - 1].daysLeft() >= 0;
            assertThat(overdueAfterPending).isFalse();
        }
        Run none = Run.wor("worklist", generated.toString(), "--today", "2030-01-01", "--lang", "en");
        assertThat(none.out()).startsWith("Worklist on 2030-01-01").contains("overdue");
    }

    @Test
    void reportAsTableCsvAndJsonAgree() throws IOException {
        String[] period = {"--from", "2025-01-01", "--to", "2025-12-31", "--as-of", "2026-01-14"};
        Run table = Run.wor(concat(new String[] {"report", generated.toString(), "--lang", "en"}, period));
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("OpenWoR indicators, referrals 2025-01-01 to 2025-12-31").contains("Referrals");
        assertThat(table.out().lines().filter(l -> l.startsWith("Referrals "))).singleElement().asString().endsWith("600");
        Run json = Run.wor(concat(new String[] {"report", generated.toString(), "--format", "json", "--by", "quarter"}, period));
        PublishedReport published = Inputs.MAPPER.readValue(json.out(), PublishedReport.class);
        assertThat(published.rows()).hasSize(5);
        assertThat(published.policy().k()).isEqualTo(10);
        Run csv = Run.wor(concat(new String[] {"report", generated.toString(), "--format", "csv", "--by", "quarter"}, period));
        assertThat(csv.out().lines().findFirst()).hasValue("group,indicator,label,value,numerator,denominator,n,hidden");
        assertThat(csv.out().lines()).contains("total,referrals,Verwijzingen,600,,,,false");
        long cells = published.rows().stream().mapToLong(r -> r.cells().size()).sum();
        assertThat(csv.out().lines().count()).isEqualTo(cells + 1);
    }

    @Test
    void hiddenCellsNeverShowTheirValue() throws IOException {
        Run json = Run.wor("report", generated.toString(), "--from", "2025-01-01", "--to", "2025-12-31", "--format", "json",
                "--by", "month", "--suppress", "60");
        JsonNode rows = Inputs.MAPPER.readTree(json.out()).get("rows");
        assertThat(rows.findValues("referrals")).anyMatch(JsonNode::isNull);
        Run csv = Run.wor("report", generated.toString(), "--from", "2025-01-01", "--to", "2025-12-31", "--format", "csv",
                "--by", "month", "--suppress", "60");
        assertThat(csv.out().lines().filter(l -> l.endsWith(",true"))).isNotEmpty()
                .allMatch(l -> l.endsWith(",,,,,true"));
    }

    @Test
    void aBadLineIsReportedWithItsNumberAndEveryLineIsAccountedFor() throws IOException {
        List<String> lines = new java.util.ArrayList<>(lines().subList(0, 50));
        lines.add(2, "{\"schemaVersion\": 1, \"birthDate\": \"1961-04-05\"}");
        lines.add(5, "");
        lines.add(9, "not json");
        Path bad = Run.write(dir.resolve("bad.jsonl"), String.join("\n", lines) + "\n");
        Run run = Run.wor("report", bad.toString(), "--from", "2025-01-01", "--to", "2025-12-31", "--lang", "en");
        assertThat(run.code()).isEqualTo(Wor.BAD_INPUT);
        assertThat(run.out()).contains("Referrals");
        assertThat(run.err()).contains("bad.jsonl: line 3, /birthDate:").contains("(rule unknown-property)")
                .contains("bad.jsonl: line 10, document root:").contains("(rule malformed-json)")
                .contains("bad.jsonl: 52 lines read: 50 accepted, 2 rejected; 1 blank lines skipped.")
                .doesNotContain("1961");
        Run failFast = Run.wor("worklist", bad.toString(), "--today", "2026-01-01", "--fail-fast");
        assertThat(failFast.code()).isEqualTo(Wor.BAD_INPUT);
        assertThat(failFast.out()).isEmpty();
        assertThat(failFast.err().lines()).singleElement().asString().contains("line 3, /birthDate");
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(Run.wor().code()).isEqualTo(Wor.USAGE);
        assertThat(Run.wor("report", generated.toString(), "--from", "2025-01-01").code()).isEqualTo(Wor.USAGE);
        assertThat(Run.wor("report", generated.toString(), "--from", "2025-01-01", "--to", "2025-12-31", "--by", "street")
                .code()).isEqualTo(Wor.USAGE);
        assertThat(Run.wor("report", generated.toString(), "--from", "2025-01-01", "--to", "2024-12-31").code())
                .isEqualTo(Wor.USAGE);
        assertThat(Run.wor("report", generated.toString(), "--from", "2025-01-01", "--to", "2025-12-31", "--suppress", "1")
                .code()).isEqualTo(Wor.USAGE);
        assertThat(Run.wor("worklist", generated.toString(), "--today", "2025-13-01").code()).isEqualTo(Wor.USAGE);
        Run lang = Run.wor("check", "--lang", "de", "x.json");
        assertThat(lang.code()).isEqualTo(Wor.USAGE);
        assertThat(lang.err()).contains("nl or en");
        assertThat(Run.wor("frobnicate").code()).isEqualTo(Wor.USAGE);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"check", "replay", "worklist", "report", "generate"}) {
            Run help = Run.wor(command, "--help");
            assertThat(help.code()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: wor " + command).contains("--lang");
        }
        assertThat(Run.wor("--help").out()).contains("check", "replay", "worklist", "report", "generate", "Exit codes");
    }

    @Test
    void theProgressBarIsDrawnOnATerminalOnly() {
        StringWriter terminal = new StringWriter();
        try (Progress p = Progress.of(new PrintWriter(terminal), true, 200, "lines")) {
            p.update(50, 1234);
        }
        assertThat(terminal.toString()).contains("[=======>").contains(" 25%  1,234 lines").endsWith("\r");
        StringWriter piped = new StringWriter();
        try (Progress p = Progress.of(new PrintWriter(piped), false, 200, "lines")) {
            p.update(50, 1234);
        }
        assertThat(piped.toString()).isEmpty();
    }

    @Test
    void htmlEscapesEveryText() throws IOException {
        String evil = "{\"schemaVersion\":1,\"type\":\"ineligible-referral\",\"referralDate\":\"2025-03-01\","
                + "\"referrerRole\":\"gp\",\"practiceReference\":\"<script>alert('x')</script>\",\"reasons\":[\"not-motivated\"]}";
        Path file = Run.write(dir.resolve("evil.jsonl"), evil + "\n");
        Path html = dir.resolve("evil.html");
        Run run = Run.wor("report", file.toString(), "--from", "2025-01-01", "--to", "2025-12-31", "--by", "practice",
                "--format", "html", "-o", html.toString());
        assertThat(run.code()).isZero();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(page).doesNotContain("http://", "https://", "<link", "src=", "url(");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
