package org.openwor.benchmarks;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The markdown results of one run: every number, the ratios against the baselines of the same run,
 * and each goal met or not met.
 */
final class Report {

    /** Reading: at least this many times baseline A. */
    static final double READ_VS_A = 1.2;
    /** Reading: at least this fraction of limit B. */
    static final double READ_VS_B = 0.6;
    /** Writing: at least this many times baseline A. */
    static final double WRITE_VS_A = 1.2;
    /** The end-to-end report: at least this fraction of limit B over the same file. */
    static final double REPORT_VS_B = 0.5;
    /** Growth: the time per referral at the largest size at most this many times the one at 10,000. */
    static final double FLAT = 1.5;

    private final Suite.Settings settings;
    private final Map<String, RunResult> results;
    private final Instant started;
    private final String loadBefore;
    private final String loadAfter;
    private final Optional<String> peakHeap;
    private final String args;
    private final StringBuilder md = new StringBuilder();

    Report(Suite.Settings settings, Map<String, RunResult> results, Instant started, String loadBefore,
            String loadAfter, Optional<String> peakHeap, String args) {
        this.settings = settings;
        this.results = results;
        this.started = started;
        this.loadBefore = loadBefore;
        this.loadAfter = loadAfter;
        this.peakHeap = peakHeap;
        this.args = args;
    }

    String markdown() {
        md.setLength(0);
        header();
        json();
        eligibility();
        replay();
        indicators();
        growth();
        return md.toString();
    }

    private void header() {
        line("Run of " + started + " with `java " + heapOption() + "-jar benchmarks/target/benchmarks.jar"
                + (args.isEmpty() ? "" : " " + args) + "`" + (settings.smoke() ? " (**smoke mode**)" : "") + ".");
        line("");
        line("| | |");
        line("|---|---|");
        line("| machine | " + Suite.cpuModel() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores available to the JVM; " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " " + System.getProperty("os.arch") + " |");
        line("| JDK | " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.vendor") + ") |");
        line("| JMH | " + Suite.jmhVersion() + "; " + settings.describe() + " |");
        line("| load average (1, 5, 15 min) | before " + loadBefore + "; after " + loadAfter + " |");
        line("");
    }

    private static String heapOption() {
        for (String arg : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Xmx")) {
                return arg + " ";
            }
        }
        return "";
    }

    private void json() {
        double bytes = CaseJsonBenchmark.bytesPerCase();
        line("#### 1. JSON read and write of cases");
        line("");
        line(String.format(Locale.ROOT, "%,d synthetic cases, one compact document each, %,.0f bytes per case on "
                + "average; an operation is one case.", CaseJsonBenchmark.CASES, bytes));
        line("");
        line("| | implementation | cases/s | MB/s | bytes allocated per case |");
        line("|---|---|---:|---:|---:|");
        jsonRow("read", "wor-json (`WorJson.newMapper().readValue`, validated and replayed)", "readWorJson", bytes);
        jsonRow("read", "A: databind over the vendor's records", "readJacksonRecords", bytes);
        jsonRow("read", "B: raw `JsonParser.nextToken()` scan", "readRawScan", bytes);
        jsonRow("read", "experiment: wor-json without the parser's duplicate-key check", "readWorJsonWithoutParserDuplicateCheck",
                bytes);
        jsonRow("write", "wor-json (`writeValueAsBytes`)", "writeWorJson", bytes);
        jsonRow("write", "A: databind over the vendor's records", "writeJacksonRecords", bytes);
        line("");
        line("| goal | ratio | |");
        line("|---|---:|---|");
        goal("reading ≥ " + READ_VS_A + "× A", ratio("CaseJsonBenchmark.readWorJson", "CaseJsonBenchmark.readJacksonRecords"),
                READ_VS_A);
        goal("reading ≥ " + READ_VS_B + "× B", ratio("CaseJsonBenchmark.readWorJson", "CaseJsonBenchmark.readRawScan"),
                READ_VS_B);
        goal("writing ≥ " + WRITE_VS_A + "× A", ratio("CaseJsonBenchmark.writeWorJson",
                "CaseJsonBenchmark.writeJacksonRecords"), WRITE_VS_A);
        line("");
    }

    private void jsonRow(String what, String implementation, String method, double bytes) {
        RunResult r = results.get("CaseJsonBenchmark." + method);
        line("| " + what + " | " + implementation + " | " + score(r) + " | "
                + (r == null ? "–" : fmt(r.getPrimaryResult().getScore() * bytes / 1e6, 1)) + " | " + alloc(r) + " |");
    }

    private void eligibility() {
        line("#### 2. Eligibility");
        line("");
        line(String.format(Locale.ROOT, "%,d seeded referrals over all seven rules (223 of them, 22%%, not eligible); an "
                + "operation is one decision.", EligibilityBenchmark.REFERRALS));
        line("");
        line("| implementation | ns per decision | bytes allocated per decision |");
        line("|---|---:|---:|");
        RunResult wor = results.get("EligibilityBenchmark.worCore");
        RunResult easy = results.get("EligibilityBenchmark.easyRules");
        line("| wor-core `EligibilityPolicy.evaluate` | " + score(wor) + " | " + alloc(wor) + " |");
        line("| Easy Rules 4.1.0 `DefaultRulesEngine`, the same seven rules | " + score(easy) + " | " + alloc(easy)
                + " |");
        line("");
        double ratio = ratio("EligibilityBenchmark.easyRules", "EligibilityBenchmark.worCore");
        line("Ratio (Easy Rules time / wor-core time): **" + fmt(ratio, 2) + "×** (" + (ratio >= 1
                ? "wor-core is faster" : "Easy Rules is faster") + "; the issue sets no goal, only the ratio).");
        line("");
    }

    private void replay() {
        line("#### 3. Case replay");
        line("");
        line(String.format(Locale.ROOT, "%,d generated cases of exactly %d events, each replayed with "
                + "`CaseWorkflow.defaults().replay(events)`; an operation is one event.", ReplayBenchmark.CASES,
                ReplayBenchmark.EVENTS));
        line("");
        RunResult r = results.get("ReplayBenchmark.replay");
        line("| events/s | ns per event | bytes allocated per event |");
        line("|---:|---:|---:|");
        line("| " + score(r) + " | " + (r == null ? "–" : fmt(1e9 / r.getPrimaryResult().getScore(), 0)) + " | "
                + alloc(r) + " |");
        line("");
    }

    private void indicators() {
        line("#### 4. Indicators");
        line("");
        line(String.format(Locale.ROOT, "The accumulator takes %,d generated referrals (cases and referrals that "
                + "were not eligible, by month); the file holds %,d cases as JSON Lines, read with "
                + "`CaseJsonLines` (validated, replayed) into the accumulator, or scanned raw by limit B.",
                IndicatorBenchmark.REFERRALS, IndicatorBenchmark.CASES));
        line("");
        line("| benchmark | per second | bytes allocated per item |");
        line("|---|---:|---:|");
        RunResult acc = results.get("IndicatorBenchmark.accumulate");
        RunResult report = results.get("IndicatorBenchmark.jsonLinesReport");
        RunResult raw = results.get("IndicatorBenchmark.jsonLinesRawScan");
        line("| referrals through `IndicatorAccumulator` | " + score(acc) + " | " + alloc(acc) + " |");
        line("| end-to-end report from the JSON Lines file, cases | " + score(report) + " | " + alloc(report) + " |");
        line("| B: raw token scan of the same file, cases | " + score(raw) + " | " + alloc(raw) + " |");
        line("");
        line("| goal | ratio | |");
        line("|---|---:|---|");
        goal("end-to-end report ≥ " + REPORT_VS_B + "× B", ratio("IndicatorBenchmark.jsonLinesReport",
                "IndicatorBenchmark.jsonLinesRawScan"), REPORT_VS_B);
        if (peakHeap.isPresent()) {
            String p = peakHeap.get();
            boolean passed = p.startsWith(PeakHeap.RESULT);
            line("| 1,000,000 cases from a JSON Lines file with `-Xmx64m` (`PeakHeap`) | "
                    + (passed ? "peak heap " + field(p, "reportPeakMiB") + " MiB of " + field(p, "maxHeapMiB")
                    + " MiB; " + field(p, "cases") + " cases, " + field(p, "fileBytes") + " bytes, "
                    + field(p, "reportSeconds") + " s" : p) + " | " + (passed ? "**met**" : "**not met**") + " |");
        } else {
            line("| 1,000,000 cases with `-Xmx64m` | not in this run (smoke mode or `--no-peak-heap`); see the notes | – |");
        }
        line("");
    }

    private void growth() {
        line("#### 5. Growth");
        line("");
        line("Referrals held in memory as they stand on the day after the year (late cases still open); an "
                + "operation is the whole worklist (what is overdue or due within 14 days) or the whole report.");
        line("");
        line("| referrals | worklist, ms | worklist, ns per referral | report, ms | report, ns per referral |");
        line("|---:|---:|---:|---:|---:|");
        List<String> sizes = settings.smoke() ? List.of("10000") : List.of("10000", "100000", "1000000");
        for (String n : sizes) {
            RunResult w = results.get("GrowthBenchmark.worklist@" + n);
            RunResult r = results.get("GrowthBenchmark.report@" + n);
            line("| " + fmt(Double.parseDouble(n), 0) + " | " + score(w) + " | " + perReferral(w, n) + " | "
                    + score(r) + " | " + perReferral(r, n) + " |");
        }
        line("");
        String largest = sizes.get(sizes.size() - 1);
        line("| goal: time per referral flat (at " + fmt(Double.parseDouble(largest), 0) + " at most " + FLAT
                + "× the one at 10,000) | ratio | |");
        line("|---|---:|---|");
        for (String method : List.of("worklist", "report")) {
            double ratio = perReferral("GrowthBenchmark." + method + "@" + largest, largest)
                    / perReferral("GrowthBenchmark." + method + "@10000", "10000");
            line("| " + method + " | " + fmt(ratio, 2) + "× | " + verdict(ratio <= FLAT) + " |");
        }
        line("");
    }

    private double perReferral(String key, String n) {
        RunResult r = results.get(key);
        return r == null ? Double.NaN : r.getPrimaryResult().getScore() * 1e6 / Double.parseDouble(n);
    }

    private static String perReferral(RunResult r, String n) {
        return r == null ? "–" : fmt(r.getPrimaryResult().getScore() * 1e6 / Double.parseDouble(n), 0);
    }

    private double ratio(String numerator, String denominator) {
        RunResult a = results.get(numerator);
        RunResult b = results.get(denominator);
        if (a == null || b == null) {
            return Double.NaN;
        }
        return a.getPrimaryResult().getScore() / b.getPrimaryResult().getScore();
    }

    private void goal(String goal, double ratio, double threshold) {
        line("| " + goal + " | " + fmt(ratio, 2) + "× | " + verdict(ratio >= threshold) + " |");
    }

    private String verdict(boolean met) {
        return (met ? "**met**" : "**not met**") + (settings.smoke() ? " (smoke numbers)" : "");
    }

    private static String score(RunResult r) {
        if (r == null) {
            return "–";
        }
        Result<?> p = r.getPrimaryResult();
        double error = p.getScoreError();
        int digits = p.getScore() < 100 ? 1 : 0;
        return fmt(p.getScore(), digits) + (Double.isNaN(error) ? "" : " ± " + fmt(error, digits));
    }

    private static String alloc(RunResult r) {
        Result<?> a = r == null ? null : r.getSecondaryResults().get("gc.alloc.rate.norm");
        return a == null ? "–" : fmt(a.getScore(), 0);
    }

    private static String field(String line, String name) {
        for (String part : line.split(" ")) {
            if (part.startsWith(name + "=")) {
                return part.substring(name.length() + 1);
            }
        }
        return "?";
    }

    static String fmt(double value, int digits) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%,." + digits + "f", value);
    }

    private void line(String text) {
        md.append(text).append('\n');
    }
}
