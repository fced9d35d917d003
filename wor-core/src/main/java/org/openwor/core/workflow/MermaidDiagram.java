package org.openwor.core.workflow;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Renders the transition table of {@link CaseWorkflow} as a Mermaid state diagram. */
final class MermaidDiagram {

    private MermaidDiagram() {}

    static String render(Map<CaseState, Map<EventType, CaseWorkflow.Transition>> table) {
        Set<CaseState> open = EnumSet.noneOf(CaseState.class);
        for (CaseState s : CaseState.values()) {
            if (s.isOpen()) {
                open.add(s);
            }
        }
        // Event types allowed in every open state with the same targets are drawn once, from "open".
        Map<EventType, Set<CaseState>> everywhere = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            Set<CaseState> targets = null;
            boolean inEveryOpenState = true;
            for (CaseState s : open) {
                CaseWorkflow.Transition t = table.get(s).get(type);
                if (t == null || (targets != null && !targets.equals(t.targets))) {
                    inEveryOpenState = false;
                    break;
                }
                targets = t.targets;
            }
            if (inEveryOpenState && targets != null) {
                everywhere.put(type, targets);
            }
        }
        StringBuilder out = new StringBuilder("stateDiagram-v2\n");
        out.append("    [*] --> ").append(id(CaseState.NEW)).append('\n');
        for (CaseState from : CaseState.values()) {
            if (open.contains(from)) {
                continue;
            }
            edges(out, "    ", from, table.get(from), everywhere.keySet());
        }
        out.append("    state open {\n");
        for (CaseState from : open) {
            edges(out, "        ", from, table.get(from), everywhere.keySet());
        }
        out.append("    }\n");
        everywhere.forEach((type, targets) -> targets.forEach(
                to -> out.append("    open --> ").append(id(to)).append(" : ").append(type.code()).append('\n')));
        for (CaseState s : CaseState.values()) {
            if (s.isTerminal()) {
                out.append("    ").append(id(s)).append(" --> [*]\n");
            }
        }
        return out.toString();
    }

    private static void edges(StringBuilder out, String indent, CaseState from,
            Map<EventType, CaseWorkflow.Transition> row, Set<EventType> drawnFromOpen) {
        // One line per (from, to) pair, listing the event types that lead there.
        Map<CaseState, Set<String>> byTarget = new LinkedHashMap<>();
        row.forEach((type, transition) -> {
            if (!drawnFromOpen.contains(type)) {
                transition.targets.forEach(to -> byTarget.computeIfAbsent(to, k -> new TreeSet<>()).add(type.code()));
            }
        });
        byTarget.forEach((to, types) -> out.append(indent).append(id(from)).append(" --> ").append(id(to))
                .append(" : ").append(String.join(", ", types)).append('\n'));
    }

    private static String id(CaseState state) {
        return state.code().replace('-', '_');
    }
}
