package org.openwor.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openwor.core.deadline.Deadline;
import org.openwor.core.deadline.DeadlinePolicy;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;
import org.openwor.core.workflow.CaseWorkflow;
import org.openwor.core.workflow.Rejection;
import org.openwor.json.WorJsonException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wor replay CASE.json}: replays a case's events through the workflow and shows its state, FHIR
 * status and deadlines, or the rejection with the offending event.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replays a case: its state, FHIR status and deadlines, or the refused event.",
            "Shows the state, the FHIR Task.status and each deadline with its status, or, when the workflow",
            "refuses an event, that event and why (exit code 1)."})
final class ReplayCommand extends WorCommand {

    @Parameters(index = "0", paramLabel = "CASE.json", description = "The case (wire format of wor-json); - for standard input.")
    private String file;

    @Option(names = "--today", paramLabel = "DATE", description = "The day the deadlines are judged on (default: today).")
    private LocalDate today;

    @Override
    public Integer call() {
        Texts texts = texts();
        PrintWriter out = out();
        JsonNode document = tree();
        List<CaseEvent> events = events(document);
        CaseWorkflow workflow = CaseWorkflow.defaults();
        Case replayed = Case.empty();
        for (int i = 0; i < events.size(); i++) {
            Either<Rejection, Case> next = workflow.apply(replayed, events.get(i));
            if (next.isLeft()) {
                throw new BadInput(file + ": " + texts.get("replay.refused", i + 1, i) + " "
                        + next.getLeft().message(common.locale));
            }
            replayed = next.get();
        }
        Case c = read(document);
        LocalDate day = today != null ? today : LocalDate.now();
        out.println(texts.get("replay.case") + ": " + c.id().orElse("-"));
        out.println(texts.get("replay.state") + ": " + c.state().text(common.locale));
        out.println(texts.get("replay.fhir") + ": " + c.fhirStatus().code());
        out.println(texts.get("replay.business") + ": " + c.businessStatus());
        out.println(texts.get("replay.deadlines", day));
        for (Deadline d : DeadlinePolicy.defaults().deadlines(c, day)) {
            String due = d.dueDate().map(date -> texts.get("replay.due") + " " + date).orElse(texts.get("replay.noDue"));
            String met = d.metOn().map(date -> ", " + texts.get("replay.metOn") + " " + date).orElse("");
            out.println("  " + d.kind().text(common.locale) + ": " + d.status().text(common.locale) + " (" + due + met + ")");
        }
        return Wor.OK;
    }

    private JsonNode tree() {
        try (InputStream in = Inputs.open(file)) {
            JsonNode tree = Inputs.MAPPER.readTree(in);
            if (tree == null || tree.isMissingNode()) {
                throw new BadInput(file + ": document root: the document is empty (rule malformed-json).");
            }
            return tree;
        } catch (WorJsonException e) {
            throw BadInput.of(file, e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadInput(file + ": document root: the text is not well-formed JSON (rule malformed-json).", e);
        } catch (IOException e) {
            throw Inputs.unreadable(file, e);
        }
    }

    /** Reads each event on its own, so that the workflow, not the reader, judges their order. */
    private List<CaseEvent> events(JsonNode document) {
        JsonNode events = document.path("events");
        if (!events.isArray()) {
            // Let the strict reader say what is wrong with the document.
            read(document);
            throw new BadInput(file + ": /events: expected an array (rule wrong-type).");
        }
        List<CaseEvent> result = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            if (!event.isObject()) {
                throw new BadInput(file + ": /events/" + i + ": expected an object (rule wrong-type).");
            }
            ObjectNode standalone = Inputs.MAPPER.createObjectNode().put("schemaVersion", 1);
            standalone.setAll((ObjectNode) event);
            try {
                result.add(Inputs.MAPPER.treeToValue(standalone, CaseEvent.class));
            } catch (WorJsonException e) {
                throw new BadInput(file + ": /events/" + i + e.path() + ": " + e.explanation() + " (rule " + e.rule() + ").", e);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new BadInput(file + ": /events/" + i + ": not a valid event.", e);
            }
        }
        return result;
    }

    /** Reads the whole case strictly: its derived state, status and version must agree with the events. */
    private Case read(JsonNode document) {
        try {
            return Inputs.MAPPER.treeToValue(document, Case.class);
        } catch (WorJsonException e) {
            throw BadInput.of(file, e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadInput(file + ": not a valid case.", e);
        }
    }
}
