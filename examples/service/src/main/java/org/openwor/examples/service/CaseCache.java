package org.openwor.examples.service;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openwor.core.workflow.Case;

/**
 * The replayed cases that {@link CaseStore} read last, at most a given number, least recently used out
 * first. A later version of a case replaces an earlier one, never the other way round.
 */
final class CaseCache {

    private final Map<String, Case> cases;

    CaseCache(int capacity) {
        this.cases = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Case> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Case get(String caseId) {
        return cases.get(caseId);
    }

    synchronized void put(String caseId, Case c) {
        cases.merge(caseId, c, (old, next) -> next.version() >= old.version() ? next : old);
    }
}
