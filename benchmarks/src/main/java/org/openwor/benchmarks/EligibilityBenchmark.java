package org.openwor.benchmarks;

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
import org.openwor.core.Referral;
import org.openwor.core.eligibility.EligibilityPolicy;

/**
 * Eligibility decisions: {@code EligibilityPolicy.defaults()} against the same seven rules in Easy
 * Rules. An operation is one decision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EligibilityBenchmark {

    /** The referrals per invocation. */
    public static final int REFERRALS = 1024;

    private Referral[] referrals;
    private EligibilityPolicy policy;
    private EasyRulesEligibility easyRules;

    /** Generates the referrals. */
    @Setup
    public void setUp() {
        referrals = Data.referrals(REFERRALS);
        policy = EligibilityPolicy.defaults();
        easyRules = new EasyRulesEligibility();
    }

    /**
     * wor-core: {@code EligibilityPolicy.evaluate}.
     *
     * @param bh the blackhole
     */
    @Benchmark
    @OperationsPerInvocation(REFERRALS)
    public void worCore(Blackhole bh) {
        for (Referral r : referrals) {
            bh.consume(policy.evaluate(r));
        }
    }

    /**
     * The baseline: the seven rules fired by Easy Rules' {@code DefaultRulesEngine}.
     *
     * @param bh the blackhole
     */
    @Benchmark
    @OperationsPerInvocation(REFERRALS)
    public void easyRules(Blackhole bh) {
        for (Referral r : referrals) {
            bh.consume(easyRules.evaluate(r));
        }
    }
}
