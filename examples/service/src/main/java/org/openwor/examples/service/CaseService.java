package org.openwor.examples.service;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openwor.core.Referral;
import org.openwor.core.deadline.DeadlinePolicy;
import org.openwor.core.deadline.WorklistItem;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.eligibility.EligibilityPolicy;
import org.openwor.core.indicator.IndicatorAccumulator;
import org.openwor.core.indicator.IneligibleReferral;
import org.openwor.core.indicator.PublishedReport;
import org.openwor.core.indicator.ReportSpec;
import org.openwor.core.indicator.SuppressionPolicy;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;
import org.openwor.core.workflow.CaseWorkflow;
import org.openwor.core.workflow.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the service does, in terms of OpenWoR: decide a referral and open its case, append an event under
 * optimistic concurrency, and compute the worklist and the published report. Logs carry ids, codes and
 * counts only, never a value of a referral.
 */
@Service
class CaseService {

    /** The id of the first event of every case opened by this service. */
    static final String RECEIVED_EVENT_ID = "received";

    private static final Logger LOG = LoggerFactory.getLogger(CaseService.class);

    private final CaseStore store;
    private final EligibilityPolicy eligibility;
    private final CaseWorkflow workflow;
    private final DeadlinePolicy deadlines;
    private final ServiceProperties properties;
    private final Clock clock;

    CaseService(CaseStore store, EligibilityPolicy eligibility, CaseWorkflow workflow, DeadlinePolicy deadlines,
            ServiceProperties properties, Clock clock) {
        this.store = store;
        this.eligibility = eligibility;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.properties = properties;
        this.clock = clock;
    }

    /** The outcome of a referral: its decision, and the case it opened if it was eligible. */
    record Received(EligibilityDecision decision, Optional<Case> opened) {}

    /** The outcome of an append: the case, and whether the event was new (false: the same event again). */
    record Appended(Case c, boolean stored) {}

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Decides a referral: an eligible one opens a case, received today; an ineligible one is stored with
     * its reasons for the indicators. A referral id that was received before is a conflict.
     */
    @Transactional
    Received receive(Referral referral) {
        if (store.isKnownReferral(referral.id())) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "duplicate-referral", "/id", "this referral was received before");
        }
        EligibilityDecision decision = eligibility.evaluate(referral);
        try {
            if (decision instanceof EligibilityDecision.Eligible eligible) {
                CaseEvent.ReferralReceived received = CaseEvent.ReferralReceived.from(RECEIVED_EVENT_ID, today(),
                        referral, eligible, Optional.of(properties.coachOrganisation()));
                Case opened = workflow.apply(Case.empty(), received).getOrElseThrow(ApiProblem::rejected);
                store.create(opened);
                LOG.info("referral {} eligible: case opened", referral.id());
                return new Received(decision, Optional.of(opened));
            }
            EligibilityDecision.NotEligible notEligible = (EligibilityDecision.NotEligible) decision;
            store.createIneligible(referral.id(), IneligibleReferral.from(referral, notEligible));
            // The reasons stay out of the log: with the referral id they say something about a person's health.
            LOG.info("referral {} not eligible ({} reasons, returned to the referrer)", referral.id(),
                    notEligible.reasons().size());
            return new Received(decision, Optional.empty());
        } catch (DuplicateKeyException e) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "duplicate-referral", "/id", "this referral was received before");
        }
    }

    /** Reads a case, or fails with 404. */
    Case find(String caseId) {
        return store.find(caseId).orElseThrow(() -> ApiProblem.notFound("case " + caseId));
    }

    /**
     * Appends one event to a case at the expected version: a stale version is a conflict, an event the
     * workflow refuses is the rejection, and the same event again (same id and content) changes nothing.
     */
    @Transactional
    Appended append(String caseId, int expectedVersion, CaseEvent event) {
        int stored = store.version(caseId).orElseThrow(() -> ApiProblem.notFound("case " + caseId));
        if (stored != expectedVersion) {
            throw ApiProblem.staleVersion(stored);
        }
        Case current = find(caseId);
        if (current.version() != expectedVersion) {
            throw ApiProblem.staleVersion(current.version());
        }
        Either<Rejection, Case> next = workflow.apply(current, event);
        Case c = next.getOrElseThrow(ApiProblem::rejected);
        if (c.version() == current.version()) {
            return new Appended(c, false);
        }
        try {
            if (!store.append(c, expectedVersion)) {
                throw ApiProblem.staleVersion(find(caseId).version());
            }
        } catch (DuplicateKeyException e) {
            throw ApiProblem.staleVersion(expectedVersion + 1);
        }
        LOG.debug("case {}: event {} stored as version {}", caseId, event.id(), c.version());
        return new Appended(c, true);
    }

    /** The worklist of the open cases: overdue first, then what falls due within the given days. */
    List<WorklistItem> worklist(LocalDate today, int withinDays) {
        return deadlines.worklist(store.openCases(), today, withinDays);
    }

    /** The indicator report of the referrals in a period, published under a suppression policy. */
    PublishedReport report(ReportSpec spec, SuppressionPolicy suppression) {
        IndicatorAccumulator accumulator = new IndicatorAccumulator(spec);
        store.casesReferredBetween(spec.from(), spec.to()).forEach(accumulator::add);
        store.ineligibleReferredBetween(spec.from(), spec.to()).forEach(accumulator::add);
        return accumulator.result().publish(suppression);
    }
}
