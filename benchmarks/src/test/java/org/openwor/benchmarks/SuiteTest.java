package org.openwor.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteTest {

    @Test
    void everyBenchmarkWithoutANumberIsReportedMissing() {
        assertThat(Suite.missing(Map.of(), true)).hasSize(Suite.BENCHMARKS.size())
                .contains("GrowthBenchmark.worklist@10000");
        assertThat(Suite.missing(Map.of(), false)).contains("GrowthBenchmark.report@1000000");
    }

    @Test
    void theResultsReplaceOnlyTheMarkedSection(@TempDir Path dir) throws IOException {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "intro\n" + Suite.START + "\nold\n" + Suite.END + "\nnotes\n");
        Suite.replaceSection(readme, "new\n");
        assertThat(readme).hasContent("intro\n" + Suite.START + "\nnew\n" + Suite.END + "\nnotes\n");
    }
}
