package org.openwor.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openwor.core.deadline.DeadlinePolicy;
import org.openwor.core.deadline.DeadlineStatus;
import org.openwor.core.deadline.WorklistItem;
import org.openwor.json.MonitoringRecord;
import org.openwor.json.WorJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wor worklist CASES.jsonl --today DATE}: what is overdue or due soon, overdue first. */
@Command(name = "worklist", mixinStandardHelpOptions = true,
        description = {"What is overdue or due soon: the deadlines of open cases, overdue first.",
            "Lists every deadline of an open case that is overdue or due within N days.",
            "Reads the file line by line; a bad line is reported with its number and skipped (exit code 1)."})
final class WorklistCommand extends WorCommand {

    @Mixin
    private LinesInput input;

    @Option(names = "--today", required = true, paramLabel = "DATE", description = "The worklist date, yyyy-mm-dd.")
    private LocalDate today;

    @Option(names = "--within", paramLabel = "N", defaultValue = "14",
            description = "Also list what falls due within N days (default: ${DEFAULT-VALUE}).")
    private int within;

    @Option(names = "--json", description = "Write the worklist as JSON (wire format of wor-json).")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        if (within < 0) {
            throw usage("--within: must be 0 or more");
        }
        Texts texts = texts();
        DeadlinePolicy policy = DeadlinePolicy.defaults();
        List<WorklistItem> items = new ArrayList<>();
        long rejected = input.read(texts, err(), record -> {
            if (record instanceof MonitoringRecord.CaseRecord c && c.value().state().isOpen()) {
                items.addAll(policy.worklist(List.of(c.value()), today, within));
            }
        });
        // The order of DeadlinePolicy.worklist: overdue first, then by due date, then by case id.
        items.sort(Comparator.comparing((WorklistItem i) -> i.status() != DeadlineStatus.OVERDUE)
                .thenComparing(WorklistItem::dueDate).thenComparing(WorklistItem::caseId));
        PrintWriter out = out();
        if (json) {
            out.println(Inputs.MAPPER.writer(WorJson.prettyPrinter()).writeValueAsString(items.toArray(WorklistItem[]::new)));
        } else {
            print(out, texts, items);
        }
        out.flush();
        return rejected == 0 ? Wor.OK : Wor.BAD_INPUT;
    }

    private void print(PrintWriter out, Texts texts, List<WorklistItem> items) throws IOException {
        if (items.isEmpty()) {
            out.println(texts.get("worklist.empty", within, today));
            return;
        }
        out.println(texts.get("worklist.title", today, within));
        TextTable table = new TextTable(texts.get("worklist.case"), texts.get("worklist.kind"), texts.get("worklist.due"),
                texts.get("worklist.status"), texts.get("worklist.daysLeft"));
        for (WorklistItem item : items) {
            table.row(item.caseId(), item.kind().text(common.locale), item.dueDate().toString(),
                    item.status().text(common.locale), Long.toString(item.daysLeft()));
        }
        try (Writer w = Inputs.output(null, out)) {
            table.write(w, 4);
        }
    }
}
