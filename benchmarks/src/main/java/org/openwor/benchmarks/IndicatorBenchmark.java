package org.openwor.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openwor.core.indicator.IndicatorAccumulator;
import org.openwor.core.indicator.IndicatorReport;
import org.openwor.core.indicator.ReportSpec;
import org.openwor.examples.synthetic.SyntheticCases;
import org.openwor.json.CaseJsonLines;

/**
 * Indicators: referrals through the accumulator in memory, and the end-to-end report from a JSON Lines
 * file (read, validated, replayed, accumulated) against limit B, a raw token scan of the same file.
 * An operation is one referral (accumulator) or one case (file).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IndicatorBenchmark {

    /** The referrals per invocation through the accumulator (about 85% of them cases). */
    public static final int REFERRALS = 10_000;
    /** The cases in the JSON Lines file. */
    public static final int CASES = 10_000;

    private List<SyntheticCases.Generated> generated;
    private ReportSpec spec;
    private Path file;
    private JsonFactory rawFactory;

    /**
     * Generates the referrals and writes the file.
     *
     * @throws IOException if the file cannot be written
     */
    @Setup
    public void setUp() throws IOException {
        generated = Data.generated(REFERRALS);
        spec = Data.reportSpec();
        file = Files.createTempFile("openwor-bench-", ".jsonl");
        Data.writeJsonLines(file, CASES);
        rawFactory = new JsonFactory();
    }

    /**
     * Deletes the file.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * Every referral through the accumulator, and the report.
     *
     * @return the report
     */
    @Benchmark
    @OperationsPerInvocation(REFERRALS)
    public IndicatorReport accumulate() {
        IndicatorAccumulator accumulator = new IndicatorAccumulator(spec);
        for (SyntheticCases.Generated g : generated) {
            g.addTo(accumulator);
        }
        return accumulator.result();
    }

    /**
     * The end-to-end report from the JSON Lines file with {@link CaseJsonLines}.
     *
     * @return the report
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public IndicatorReport jsonLinesReport() throws IOException {
        IndicatorAccumulator accumulator = new IndicatorAccumulator(spec);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CaseJsonLines.CaseReader reader = CaseJsonLines.defaults().reader(in, CaseJsonLines.OnError.FAIL_FAST)) {
            for (CaseJsonLines.Line line = reader.nextLine(); line != null; line = reader.nextLine()) {
                accumulator.add(((CaseJsonLines.Accepted) line).value());
            }
        }
        return accumulator.result();
    }

    /**
     * Limit B: a raw token scan of the same file, building nothing.
     *
     * @return the number of tokens
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public long jsonLinesRawScan() throws IOException {
        return CaseJsonBenchmark.scan(rawFactory.createParser(file.toFile()));
    }
}
