package org.openwor.examples.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openwor.core.ReferrerRole;
import org.openwor.core.eligibility.IneligibilityReason;
import org.openwor.core.indicator.IneligibleReferral;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;
import org.openwor.core.workflow.CaseState;
import org.openwor.core.workflow.CaseWorkflow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case store: each case as an append-only list of events in {@code wor_case_event}, with its current
 * version in {@code wor_case}, and the ineligible referrals in {@code wor_ineligible_referral}. A case
 * is read by replaying its events through the workflow, so what comes out is checked, not trusted.
 *
 * <p>Appending is guarded twice: the version in {@code wor_case} moves only from the expected version
 * ({@code update ... where version = ?}), and {@code (case_id, sequence)} is unique, so two writers can
 * never both store an event under one sequence number.
 *
 * <p>Replaying is the expensive part, so the store keeps the cases it has replayed in a bounded cache.
 * The cache is not a store: every read first asks the database for the case's version, takes the cached
 * case only at that version, and otherwise replays the events stored after the cached one. Events are
 * never changed once stored, so a cached case at version n is the replay of the first n events; several
 * instances of the service on one database stay correct.
 */
@Repository
class CaseStore {

    private final JdbcClient jdbc;
    private final ObjectReader eventReader;
    private final ObjectWriter eventWriter;
    private final CaseWorkflow workflow;
    private final Clock clock;
    private final CaseCache cache = new CaseCache(10_000);

    CaseStore(JdbcClient jdbc, ObjectMapper mapper, CaseWorkflow workflow, Clock clock) {
        this.jdbc = jdbc;
        this.eventReader = mapper.readerFor(CaseEvent.class);
        this.eventWriter = mapper.writerFor(CaseEvent.class);
        this.workflow = workflow;
        this.clock = clock;
    }

    /** Whether a case or an ineligible referral with this id exists. */
    boolean isKnownReferral(String referralId) {
        return jdbc.sql("""
                select count(*) from wor_case where case_id = :id
                union all select count(*) from wor_ineligible_referral where referral_id = :id""")
                .param("id", referralId).query(Long.class).list().stream().mapToLong(Long::longValue).sum() > 0;
    }

    /** Stores a new case of one event (version 1). Fails with a duplicate key if the case exists. */
    void create(Case c) {
        String caseId = c.id().orElseThrow();
        jdbc.sql("""
                insert into wor_case (case_id, version, state, referral_date, updated_at)
                values (:id, :version, :state, :referralDate, :now)""")
                .param("id", caseId).param("version", c.version()).param("state", c.state().code())
                .param("referralDate", c.referralDate().orElseThrow()).param("now", now())
                .update();
        insertEvent(caseId, 1, c.events().get(0));
    }

    /**
     * Stores the last event of a case whose previous version was {@code expectedVersion}.
     *
     * @return false if another writer moved the case on first
     */
    boolean append(Case next, int expectedVersion) {
        String caseId = next.id().orElseThrow();
        int updated = jdbc.sql("""
                update wor_case set version = :next, state = :state, updated_at = :now
                where case_id = :id and version = :expected""")
                .param("next", next.version()).param("state", next.state().code()).param("now", now())
                .param("id", caseId).param("expected", expectedVersion)
                .update();
        if (updated != 1) {
            return false;
        }
        insertEvent(caseId, next.version(), next.events().get(next.version() - 1));
        return true;
    }

    /** The current version of a case, without reading its events; empty if there is no such case. */
    Optional<Integer> version(String caseId) {
        return jdbc.sql("select version from wor_case where case_id = :id").param("id", caseId)
                .query(Integer.class).optional();
    }

    /**
     * Reads a case: the replayed case from the cache when it is at the stored version, otherwise the cached
     * case (or the empty case) with the events stored after it. Empty if there is no such case.
     */
    Optional<Case> find(String caseId) {
        return version(caseId).map(version -> read(caseId, version));
    }

    /** The cases that are still open (not closed, consent not withdrawn). */
    List<Case> openCases() {
        List<String> terminal = Arrays.stream(CaseState.values()).filter(CaseState::isTerminal)
                .map(CaseState::code).toList();
        return cases(jdbc.sql("select case_id, version from wor_case where state not in (:terminal) order by case_id")
                .param("terminal", terminal));
    }

    /** The cases whose referral date lies in a period, both ends included. */
    List<Case> casesReferredBetween(LocalDate from, LocalDate to) {
        return cases(jdbc.sql("select case_id, version from wor_case where referral_date between :from and :to"
                        + " order by case_id")
                .param("from", from).param("to", to));
    }

    /** Stores an ineligible referral: only what the indicators need. */
    void createIneligible(String referralId, IneligibleReferral referral) {
        jdbc.sql("""
                insert into wor_ineligible_referral
                    (referral_id, referral_date, referrer_role, practice_reference, municipality_code, reasons, recorded_at)
                values (:id, :date, :role, :practice, :municipality, :reasons, :now)""")
                .param("id", referralId).param("date", referral.referralDate())
                .param("role", referral.referrerRole().code()).param("practice", referral.practiceReference())
                .param("municipality", referral.municipalityCode().orElse(null))
                .param("reasons", referral.reasons().stream().map(IneligibilityReason::code)
                        .collect(Collectors.joining(" ")))
                .param("now", now())
                .update();
    }

    /** The ineligible referrals whose referral date lies in a period, both ends included. */
    List<IneligibleReferral> ineligibleReferredBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select referral_date, referrer_role, practice_reference, municipality_code, reasons
                from wor_ineligible_referral where referral_date between :from and :to order by referral_id""")
                .param("from", from).param("to", to)
                .query((rs, row) -> IneligibleReferral.builder()
                        .referralDate(rs.getObject("referral_date", LocalDate.class))
                        .referrerRole(ReferrerRole.fromCode(rs.getString("referrer_role")))
                        .practiceReference(rs.getString("practice_reference"))
                        .municipalityCode(Optional.ofNullable(rs.getString("municipality_code")))
                        .addAllReasons(Arrays.stream(rs.getString("reasons").split(" "))
                                .map(IneligibilityReason::fromCode).toList())
                        .build())
                .list();
    }

    private List<Case> cases(JdbcClient.StatementSpec query) {
        return query.query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .map(e -> read(e.getKey(), e.getValue())).toList();
    }

    private Case read(String caseId, int version) {
        Case cached = cache.get(caseId);
        if (cached != null && cached.version() == version) {
            return cached;
        }
        Case from = cached != null && cached.version() < version ? cached : Case.empty();
        List<String> payloads = jdbc.sql("""
                select payload from wor_case_event where case_id = :id and sequence > :after order by sequence""")
                .param("id", caseId).param("after", from.version()).query(String.class).list();
        Case c = from;
        for (String payload : payloads) {
            CaseEvent event;
            try {
                event = eventReader.readValue(payload);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("case " + caseId + ": a stored event is not readable: " + e.getMessage(), e);
            }
            c = workflow.apply(c, event).getOrElseThrow(r -> new IllegalStateException(
                    "case " + caseId + ": a stored event is refused by the workflow: " + r.message(Locale.ENGLISH)));
        }
        cache.put(caseId, c);
        return c;
    }

    private void insertEvent(String caseId, int sequence, CaseEvent event) {
        String payload;
        try {
            payload = eventWriter.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.id() + " could not be written", e);
        }
        jdbc.sql("""
                insert into wor_case_event (case_id, sequence, event_id, event_type, event_date, payload, recorded_at)
                values (:id, :sequence, :eventId, :type, :date, :payload, :now)""")
                .param("id", caseId).param("sequence", sequence).param("eventId", event.id())
                .param("type", event.type().code()).param("date", event.date()).param("payload", payload)
                .param("now", now())
                .update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
