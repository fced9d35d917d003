package org.openwor.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openwor.core.deadline.DeadlinePolicy;
import org.openwor.core.deadline.WorklistItem;
import org.openwor.core.indicator.IndicatorAccumulator;
import org.openwor.core.indicator.IndicatorReport;
import org.openwor.core.indicator.ReportSpec;
import org.openwor.core.workflow.Case;
import org.openwor.examples.synthetic.SyntheticCases;

/**
 * How the cost grows with the data: the worklist and the indicator report over 10,000, 100,000 and
 * 1,000,000 referrals held in memory, as they stand on {@link Data#AS_OF} (the late ones still open).
 * An operation is the whole worklist or report; the time per referral is the score divided by
 * {@link #referrals}.
 *
 * <p>Generating a million referrals takes minutes, so these benchmarks run in the JMH process itself
 * ({@code @Fork(0)}) and keep the referrals generated for the largest size: the same seed gives the same
 * first referrals, so a smaller size is a prefix of a larger one. Give that JVM a heap of 3 GiB or more.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(0)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 3, time = 3)
public class GrowthBenchmark {

    /** How many referrals. */
    @Param({"10000", "100000", "1000000"})
    public int referrals;

    private List<SyntheticCases.Generated> generated;
    private List<Case> cases;
    private DeadlinePolicy policy;
    private ReportSpec spec;

    /** The referrals of the largest size generated so far in this JVM. */
    private static List<SyntheticCases.Generated> largest = List.of();

    /** Generates the referrals, or takes them from those generated already. */
    @Setup
    public void setUp() {
        synchronized (GrowthBenchmark.class) {
            if (largest.size() < referrals) {
                largest = List.of();
                largest = Data.generated(referrals);
            }
            generated = largest.subList(0, referrals);
        }
        cases = new ArrayList<>(referrals);
        for (SyntheticCases.Generated g : generated) {
            if (g instanceof SyntheticCases.GeneratedCase c) {
                cases.add(c.c());
            }
        }
        policy = DeadlinePolicy.defaults();
        spec = Data.reportSpec();
    }

    /**
     * The worklist of every case: what is overdue or due within 14 days.
     *
     * @return the worklist
     */
    @Benchmark
    public List<WorklistItem> worklist() {
        return policy.worklist(cases, Data.AS_OF, 14);
    }

    /**
     * The indicator report of every referral.
     *
     * @return the report
     */
    @Benchmark
    public IndicatorReport report() {
        IndicatorAccumulator accumulator = new IndicatorAccumulator(spec);
        for (SyntheticCases.Generated g : generated) {
            g.addTo(accumulator);
        }
        return accumulator.result();
    }
}
