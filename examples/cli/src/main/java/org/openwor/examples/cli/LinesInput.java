package org.openwor.examples.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.openwor.json.MonitoringRecord;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input of the commands that read a monitoring stream line by line: the file and --fail-fast. */
final class LinesInput {

    @Parameters(index = "0", paramLabel = "CASES.jsonl",
            description = "A monitoring stream from wor generate (or a file of cases), one per line; - for standard input.")
    String file;

    @Option(names = "--fail-fast", description = "Stop at the first bad line instead of reporting and skipping it.")
    boolean failFast;

    /**
     * Reads the file, one line at a time; see {@link Inputs#monitoring}.
     *
     * @param texts the texts
     * @param err standard error
     * @param sink what to do with each record
     * @return the number of rejected lines
     */
    long read(Texts texts, PrintWriter err, Consumer<MonitoringRecord> sink) {
        return Inputs.monitoring(file, failFast, texts, err, sink);
    }
}
