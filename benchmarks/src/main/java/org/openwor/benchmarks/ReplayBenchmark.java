package org.openwor.benchmarks;

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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openwor.core.workflow.CaseEvent;
import org.openwor.core.workflow.CaseWorkflow;

/**
 * Replaying cases of ten events through {@code CaseWorkflow.defaults()}. An operation is one event.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReplayBenchmark {

    /** The cases per invocation. */
    public static final int CASES = 1000;
    /** The events of each case. */
    public static final int EVENTS = 10;

    private List<List<CaseEvent>> cases;
    private CaseWorkflow workflow;

    /** Generates the cases. */
    @Setup
    public void setUp() {
        cases = Data.eventsOfCases(CASES, EVENTS);
        workflow = CaseWorkflow.defaults();
    }

    /**
     * Replays each case from its events.
     *
     * @param bh the blackhole
     */
    @Benchmark
    @OperationsPerInvocation(CASES * EVENTS)
    public void replay(Blackhole bh) {
        for (List<CaseEvent> events : cases) {
            bh.consume(workflow.replay(events));
        }
    }
}
