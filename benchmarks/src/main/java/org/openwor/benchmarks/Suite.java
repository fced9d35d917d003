package org.openwor.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Version;

/**
 * Runs the whole benchmark suite with JMH's {@link Runner}, with {@code -prof gc}, and writes a markdown
 * results table: the machine, the JDK, the JMH settings, every number, the ratios against the baselines
 * measured in the same run, and each goal met or not met.
 *
 * <pre>{@code
 * java -Xmx4g -jar benchmarks/target/benchmarks.jar --readme benchmarks/README.md   # the full run
 * java -jar benchmarks/target/benchmarks.jar --smoke                         # every benchmark once, briefly
 * }</pre>
 *
 * <p>Options: {@code --smoke}; {@code --out FILE} (the results, {@code benchmarks/target/results.md} by
 * default); {@code --readme FILE} (also replaces the section between the results markers of that file);
 * {@code --forks N}; {@code --warmups N} (warmup iterations of 2 s, 8 by default); {@code --no-peak-heap} (the
 * full run also runs {@link PeakHeap} with {@code -Xmx64m}).
 * The exit status is 1 when a benchmark did not run or gave no number; no timing is ever checked.
 */
public final class Suite {

    static final String BENCH = "org.openwor.benchmarks.";
    static final String START = "<!-- results:start -->";
    static final String END = "<!-- results:end -->";

    /** Every benchmark of the suite, as JMH names it after the package. */
    static final List<String> BENCHMARKS = List.of(
            "CaseJsonBenchmark.readWorJson", "CaseJsonBenchmark.readJacksonRecords", "CaseJsonBenchmark.readRawScan",
            "CaseJsonBenchmark.readWorJsonWithoutParserDuplicateCheck",
            "CaseJsonBenchmark.writeWorJson", "CaseJsonBenchmark.writeJacksonRecords",
            "EligibilityBenchmark.worCore", "EligibilityBenchmark.easyRules",
            "ReplayBenchmark.replay",
            "IndicatorBenchmark.accumulate", "IndicatorBenchmark.jsonLinesReport", "IndicatorBenchmark.jsonLinesRawScan",
            "GrowthBenchmark.worklist", "GrowthBenchmark.report");

    private Suite() {}

    /** The settings of one run. */
    record Settings(boolean smoke, Path out, Optional<Path> readme, int forks, int warmups, boolean peakHeap) {

        static Settings parse(String[] args) {
            boolean smoke = false;
            Path out = null;
            Path readme = null;
            int forks = 1;
            int warmups = 8;
            boolean peakHeap = true;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--smoke" -> smoke = true;
                    case "--out" -> out = Path.of(args[++i]);
                    case "--readme" -> readme = Path.of(args[++i]);
                    case "--forks" -> forks = Integer.parseInt(args[++i]);
                    case "--warmups" -> warmups = Integer.parseInt(args[++i]);
                    case "--no-peak-heap" -> peakHeap = false;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; use --smoke, --out FILE, --readme FILE, --forks N, --warmups N, --no-peak-heap");
                }
            }
            if (out == null) {
                out = Path.of(smoke ? "benchmarks/target/smoke-results.md" : "benchmarks/target/results.md");
            }
            return new Settings(smoke, out, Optional.ofNullable(readme), forks, warmups, peakHeap && !smoke);
        }

        /** JMH's iteration settings for the benchmarks other than growth. */
        String describe() {
            if (smoke) {
                return "smoke mode: 1 fork, 1 warmup iteration of 100 ms, 1 measurement iteration of 100 ms, "
                        + "growth at 10,000 referrals only; the numbers only show that every benchmark runs";
            }
            return forks + " fork(s) per benchmark; " + warmups + " warmup iterations of 2 s and 5 measurement iterations "
                    + "of 2 s "
                    + "(growth: in the runner's own JVM, 5 warmup iterations of 2 s and 3 measurement iterations of 3 s); "
                    + "`-prof gc`; error = JMH's 99.9% confidence half-width";
        }
    }

    /**
     * Runs the suite.
     *
     * @param args the options, see the class documentation
     * @throws Exception if JMH fails or the results cannot be written
     */
    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        String loadBefore = loadAverage();
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<RunResult> results = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (boolean growth : new boolean[] {false, true}) {
            try {
                results.addAll(run(settings, growth));
            } catch (RunnerException e) {
                // Keep what the other group measured; the missing numbers fail the run below.
                failures.add((growth ? "growth" : "main") + " group: " + e.getMessage());
                e.printStackTrace();
            }
        }
        Optional<String> peakHeap = settings.peakHeap() ? Optional.of(peakHeap()) : Optional.empty();
        String loadAfter = loadAverage();

        Map<String, RunResult> byName = new LinkedHashMap<>();
        for (RunResult r : results) {
            byName.put(key(r), r);
        }
        List<String> missing = missing(byName, settings.smoke());
        Report report = new Report(settings, byName, started, loadBefore, loadAfter, peakHeap,
                String.join(" ", args));
        String markdown = report.markdown();
        Files.createDirectories(settings.out().toAbsolutePath().getParent());
        Files.writeString(settings.out(), markdown, StandardCharsets.UTF_8);
        System.out.println(markdown);
        System.out.println("Results written to " + settings.out());
        if (settings.readme().isPresent()) {
            replaceSection(settings.readme().get(), markdown);
            System.out.println("Results section replaced in " + settings.readme().get());
        }
        if (!missing.isEmpty()) {
            System.err.println("Benchmarks that did not run or gave no number: " + missing + " " + failures);
            System.exit(1);
        }
    }

    private static Collection<RunResult> run(Settings settings, boolean growth) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .addProfiler(GCProfiler.class)
                // A benchmark that fails has no result, and the check of missing numbers fails the run;
                // the others still run and are reported.
                .shouldFailOnError(false)
                .forks(settings.forks());
        if (growth) {
            // In this process: the referrals generated once serve every size (see GrowthBenchmark).
            options.include(BENCH + "GrowthBenchmark\\.").forks(0);
        } else {
            options.include(BENCH + ".*Benchmark\\.").exclude(BENCH + "GrowthBenchmark\\.");
        }
        if (!growth) {
            // Under load, the JIT took more than the three warmup iterations of the annotations to finish
            // compiling wor-json's reading path: the first full run still rose from 14,000 to 36,000 cases/s
            // while it measured.
            options.warmupIterations(settings.warmups());
        }
        if (settings.smoke()) {
            options.warmupIterations(1).warmupTime(TimeValue.milliseconds(100))
                    .measurementIterations(1).measurementTime(TimeValue.milliseconds(100));
            if (growth) {
                options.param("referrals", "10000");
            }
        }
        return new Runner(options.build()).run();
    }

    /** Runs {@link PeakHeap} for 1,000,000 cases in a JVM with {@code -Xmx64m} and returns its result line. */
    private static String peakHeap() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                PeakHeap.class.getName(), "1000000").redirectErrorStream(true).start();
        String result = "PeakHeap printed no result";
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                System.out.println(line);
                if (line.startsWith(PeakHeap.RESULT)) {
                    result = line;
                }
            }
        }
        int status = process.waitFor();
        return status == 0 ? result : "FAILED with exit status " + status + ": " + result;
    }

    static String key(RunResult r) {
        String name = r.getParams().getBenchmark().substring(BENCH.length());
        String referrals = r.getParams().getParam("referrals");
        return referrals == null ? name : name + "@" + referrals;
    }

    static List<String> missing(Map<String, RunResult> byName, boolean smoke) {
        List<String> missing = new ArrayList<>();
        for (String name : BENCHMARKS) {
            List<String> keys = new ArrayList<>();
            if (name.startsWith("GrowthBenchmark.")) {
                for (String n : smoke ? List.of("10000") : List.of("10000", "100000", "1000000")) {
                    keys.add(name + "@" + n);
                }
            } else {
                keys.add(name);
            }
            for (String k : keys) {
                RunResult r = byName.get(k);
                double score = r == null ? Double.NaN : r.getPrimaryResult().getScore();
                Result<?> alloc = r == null ? null : r.getSecondaryResults().get("gc.alloc.rate.norm");
                if (!(score > 0) || Double.isInfinite(score) || alloc == null || Double.isNaN(alloc.getScore())) {
                    missing.add(k);
                }
            }
        }
        return missing;
    }

    static void replaceSection(Path readme, String markdown) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            throw new IOException(readme + " has no " + START + " ... " + END + " section");
        }
        Files.writeString(readme, text.substring(0, start + START.length()) + "\n" + markdown + text.substring(end),
                StandardCharsets.UTF_8);
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: the architecture below has to do.
        }
        return System.getProperty("os.arch");
    }

    static String jmhVersion() {
        return Version.getPlainVersion();
    }
}
