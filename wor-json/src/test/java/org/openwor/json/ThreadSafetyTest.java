package org.openwor.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.openwor.core.Referral;
import org.openwor.core.deadline.Deadline;
import org.openwor.core.deadline.DeadlinePolicy;
import org.openwor.core.deadline.WorklistItem;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.eligibility.EligibilityPolicy;
import org.openwor.core.indicator.Grouping;
import org.openwor.core.indicator.IndicatorAccumulator;
import org.openwor.core.indicator.IndicatorReport;
import org.openwor.core.indicator.ReportSpec;
import org.openwor.core.testing.CaseArbitraries;
import org.openwor.core.testing.WorArbitraries;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;
import org.openwor.core.workflow.CaseWorkflow;
import org.openwor.core.workflow.Rejection;

/**
 * Everything public is safe to share between threads: one {@link EligibilityPolicy}, one
 * {@link DeadlinePolicy}, one {@link CaseWorkflow} and one mapper from {@link WorJson#newMapper()}, used
 * by several threads at once, give exactly what a single thread gives; and accumulators filled one per
 * thread and merged give the report of a single accumulator over all cases.
 */
class ThreadSafetyTest {

    private static final int THREADS = 4;
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private final EligibilityPolicy eligibility = EligibilityPolicy.defaults();
    private final DeadlinePolicy deadlines = DeadlinePolicy.defaults();
    private final CaseWorkflow workflow = CaseWorkflow.defaults();
    private final ObjectMapper mapper = WorJson.newMapper();
    private final ReportSpec spec = ReportSpec.builder().from(LocalDate.of(2024, 1, 1)).to(LocalDate.of(2026, 12, 31))
            .asOf(LocalDate.of(2026, 12, 31)).grouping(Grouping.REFERRER_ROLE).build();

    /** What one thread computes from the shared objects. */
    record Results(List<EligibilityDecision> decisions, List<Referral> referralsRead, List<String> referralJson,
            List<Either<Rejection, Case>> replays, List<Case> casesRead, List<String> caseJson,
            List<List<Deadline>> deadlines, List<WorklistItem> worklist) {}

    @Provide
    Arbitrary<List<Referral>> referrals() {
        return WorArbitraries.referrals().list().ofSize(40);
    }

    @Provide
    Arbitrary<List<List<CaseEvent>>> sequences() {
        // The events of valid cases, replayed to the same cases, and raw sequences that are often refused.
        return Arbitraries.frequencyOf(Tuple.of(3, CaseArbitraries.cases().map(c -> List.copyOf(c.events()))),
                Tuple.of(1, CaseArbitraries.eventSequences())).list().ofSize(40);
    }

    @Property(tries = 3)
    void sharedPoliciesWorkflowAndMapperGiveWhatOneThreadGives(@ForAll("referrals") List<Referral> referrals,
            @ForAll("sequences") List<List<CaseEvent>> sequences) throws Exception {
        Results alone = compute(referrals, sequences, 0);
        assertThat(alone.casesRead()).isNotEmpty();

        List<Results> together = inThreads(start -> compute(referrals, sequences, start));

        for (Results results : together) {
            assertThat(results).isEqualTo(alone);
        }
    }

    @Property(tries = 3)
    void accumulatorsPerThreadMergeToTheReportOfOne(@ForAll("sequences") List<List<CaseEvent>> sequences)
            throws Exception {
        List<Case> cases = sequences.stream().map(workflow::replay).filter(Either::isRight).map(Either::get).toList();
        IndicatorAccumulator one = new IndicatorAccumulator(spec);
        cases.forEach(one::add);
        IndicatorReport expected = one.result();

        List<IndicatorAccumulator> perThread = inThreads(thread -> {
            IndicatorAccumulator acc = new IndicatorAccumulator(spec);
            for (int i = thread; i < cases.size(); i += THREADS) {
                acc.add(cases.get(i));
            }
            return acc;
        });
        IndicatorAccumulator merged = perThread.get(0);
        for (IndicatorAccumulator other : perThread.subList(1, THREADS)) {
            merged = merged.merge(other);
        }

        assertThat(merged.result()).isEqualTo(expected);
        assertThat(cases.parallelStream().collect(IndicatorAccumulator.collector(spec))).isEqualTo(expected);
    }

    /**
     * Everything one thread does with the shared objects, starting at an offset so that the threads work
     * on different items at the same moment; the results are put back in the order of the items.
     */
    private Results compute(List<Referral> referrals, List<List<CaseEvent>> sequences, int start) throws Exception {
        int n = referrals.size();
        EligibilityDecision[] decisions = new EligibilityDecision[n];
        Referral[] read = new Referral[n];
        String[] json = new String[n];
        for (int k = 0; k < n; k++) {
            int i = (k + start * 7) % n;
            decisions[i] = eligibility.evaluate(referrals.get(i));
            json[i] = mapper.writeValueAsString(referrals.get(i));
            read[i] = mapper.readValue(json[i], Referral.class);
        }
        int m = sequences.size();
        List<Either<Rejection, Case>> replays = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            replays.add(null);
        }
        for (int k = 0; k < m; k++) {
            int i = (k + start * 11) % m;
            replays.set(i, workflow.replay(sequences.get(i)));
        }
        List<Case> cases = replays.stream().filter(Either::isRight).map(Either::get).toList();
        List<Case> casesRead = new ArrayList<>();
        List<String> caseJson = new ArrayList<>();
        List<List<Deadline>> caseDeadlines = new ArrayList<>();
        for (Case c : cases) {
            String text = mapper.writeValueAsString(c);
            caseJson.add(text);
            casesRead.add(mapper.readValue(text, Case.class));
            caseDeadlines.add(deadlines.deadlines(c, AS_OF));
        }
        return new Results(List.of(decisions), List.of(read), List.of(json), replays, casesRead, caseJson,
                caseDeadlines, deadlines.worklist(cases, AS_OF, 14));
    }

    /** Runs a task in {@link #THREADS} threads released at the same moment; returns the results by thread. */
    private static <T> List<T> inThreads(ThreadTask<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch ready = new CountDownLatch(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.run(thread);
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The work of one thread. */
    @FunctionalInterface
    private interface ThreadTask<T> {
        /**
         * Does the work.
         *
         * @param thread the thread's number, from 0
         * @return its result
         * @throws Exception any error, which fails the test
         */
        T run(int thread) throws Exception;
    }
}
