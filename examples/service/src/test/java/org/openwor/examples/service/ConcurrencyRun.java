package org.openwor.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writers that append events to the same cases at once: each reads the case, appends at its version and
 * on 409 retries at the current version that the problem names. The cases are first brought to "activity
 * matched", where the workflow accepts another matched activity or accompaniment any number of times, so
 * every interleaving of the writers is a legal history.
 */
final class ConcurrencyRun {

    /** One stored event row. */
    record StoredEvent(int sequence, String eventId) {}

    /** What the writers saw. */
    record Result(long created, long conflicts, long millis) {}

    private final Http http;
    private final List<String> caseIds;
    private final int threads;
    private final int eventsPerThread;
    private final LocalDate day;

    private ConcurrencyRun(Http http, List<String> caseIds, int threads, int eventsPerThread, LocalDate day) {
        this.http = http;
        this.caseIds = caseIds;
        this.threads = threads;
        this.eventsPerThread = eventsPerThread;
        this.day = day;
    }

    /** Opens the cases and walks each to "activity matched". */
    static ConcurrencyRun of(Http http, int cases, int threads, int eventsPerThread, LocalDate today) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            String id = ServiceContract.uniqueId("CC");
            assertThat(http.post("/referrals", Documents.referral(id, today.minusDays(2))).statusCode()).isEqualTo(201);
            assertThat(http.append(id, 1, Documents.contact("reached", today, true)).statusCode()).isEqualTo(201);
            assertThat(http.append(id, 2, Documents.intake("intake", today)).statusCode()).isEqualTo(201);
            assertThat(http.append(id, 3, Documents.activity("first-activity", today, "koor")).statusCode())
                    .isEqualTo(201);
            ids.add(id);
        }
        return new ConcurrencyRun(http, ids, threads, eventsPerThread, today);
    }

    /** The ids of the events the writers append. */
    List<String> eventIds() {
        List<String> ids = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < eventsPerThread; i++) {
                ids.add(eventId(t, i));
            }
        }
        return ids;
    }

    Result execute() throws Exception {
        AtomicLong created = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writers.add(pool.submit(() -> write(thread, created, conflicts)));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(created.get(), conflicts.get(), (System.nanoTime() - start) / 1_000_000);
    }

    /** The stored events of the cases, by case, in sequence order. */
    Map<String, List<StoredEvent>> stored(JdbcClient jdbc) {
        Map<String, List<StoredEvent>> stored = new LinkedHashMap<>();
        for (String id : caseIds) {
            stored.put(id, jdbc.sql("select sequence, event_id from wor_case_event where case_id = ? order by sequence")
                    .param(id).query((rs, row) -> new StoredEvent(rs.getInt(1), rs.getString(2))).list());
        }
        return stored;
    }

    private void write(int thread, AtomicLong created, AtomicLong conflicts) {
        for (int i = 0; i < eventsPerThread; i++) {
            String caseId = caseIds.get(i % caseIds.size());
            String id = eventId(thread, i);
            String event = i % 2 == 0 ? Documents.activity(id, day, "activity-" + thread + "-" + i)
                    : Documents.simple("client-accompanied", id, day);
            HttpResponse<String> current = http.get("/cases/" + caseId);
            assertThat(current.statusCode()).isEqualTo(200);
            int version = Http.version(current);
            while (true) {
                HttpResponse<String> response = http.append(caseId, version, event);
                if (response.statusCode() == 409) {
                    // Another writer was first: retry at the version the problem names.
                    conflicts.incrementAndGet();
                    var named = ServiceContract.json(response).get("currentVersion");
                    version = named != null ? named.asInt() : Http.version(http.get("/cases/" + caseId));
                    continue;
                }
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                created.incrementAndGet();
                break;
            }
        }
    }

    private static String eventId(int thread, int index) {
        return "t" + thread + "-" + index;
    }
}
