package org.openwor.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openwor.core.testing.ReadmeBlock;

/**
 * The README shows the state diagram generated from the transition table. When the table changes, run
 * {@code ./mvnw -pl wor-core test -Dreadme.update=true} to rewrite it.
 */
class ReadmeDiagramTest {

    private final ReadmeBlock block = new ReadmeBlock("workflow-diagram");

    @Test
    void theReadmeDiagramIsTheTransitionTable() throws IOException {
        String content = "```mermaid\n" + CaseWorkflow.mermaid() + "```\n";
        assertThat(block.sync(content)).as("README diagram; rerun with -Dreadme.update=true")
                .isEqualTo(block.expected(content));
    }

    @Test
    void theDiagramShowsEveryAllowedTransition() {
        String diagram = CaseWorkflow.mermaid();
        assertThat(diagram).startsWith("stateDiagram-v2\n")
                .contains("    new --> referred : referral-received\n")
                .contains("        referred --> contacted : contact-attempted\n")
                .contains("        participation_stopped --> activity_matched : activity-matched\n")
                .contains("    open --> consent_withdrawn : consent-withdrawn\n")
                .contains("    open --> completed : case-closed\n")
                .contains("    completed --> [*]\n");
    }
}
