package org.openwor.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import org.openwor.examples.synthetic.SyntheticCases;
import org.openwor.json.MonitoringJsonLines;
import org.openwor.json.MonitoringRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wor generate --cases N --seed S}: realistic synthetic referrals as a monitoring stream (JSON
 * Lines): cases with the GP visits after the referral where known, and referrals that were not
 * eligible. The same seed and options give the same file, byte for byte.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Realistic synthetic referrals, seeded, as JSON Lines for demos, tests and benchmarks.",
            "Writes one referral per line: cases (with the GP visits in the 12 months after the referral",
            "where known) and referrals that were not eligible.",
            "Seeded: the same seed and options give the same file. The data stand on the --as-of day, so",
            "recent cases are still open and show up on a worklist of that day."})
final class GenerateCommand extends WorCommand {

    @Option(names = "--cases", paramLabel = "N", defaultValue = "1000", description = "How many referrals (default: ${DEFAULT-VALUE}).")
    private long cases;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "The seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--from", paramLabel = "DATE", defaultValue = "2025-01-01",
            description = "The first referral date (default: ${DEFAULT-VALUE}).")
    private LocalDate from;

    @Option(names = "--days", paramLabel = "D", defaultValue = "730",
            description = "Referral dates spread over D days (default: ${DEFAULT-VALUE}, to 2026-12-31).")
    private int days;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day the data stand on: later events have not happened yet (default: 14 days after the last referral date, 2027-01-14).")
    private LocalDate asOf;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        if (cases < 0 || days < 1) {
            throw usage("--cases must be 0 or more and --days at least 1");
        }
        LocalDate day = asOf != null ? asOf : from.plusDays(days + 13L);
        if (day.isBefore(from.plusDays(days + 1L))) {
            throw usage("--as-of: must be at least two days after the last referral date");
        }
        Iterator<SyntheticCases.Generated> generated = SyntheticCases.iterator(cases, seed, from, days, day);
        try (Progress progress = Progress.onTerminal(err(), cases, "referrals");
                MonitoringJsonLines.MonitoringWriter writer = MonitoringJsonLines.defaults()
                        .writer(Inputs.output(output, out()))) {
            while (generated.hasNext()) {
                writer.write(record(generated.next()));
                progress.update(writer.written(), writer.written());
            }
        }
        return Wor.OK;
    }

    private static MonitoringRecord record(SyntheticCases.Generated g) {
        if (g instanceof SyntheticCases.GeneratedCase c) {
            return MonitoringRecord.of(c.c(), c.gpVisitsAfter());
        }
        return MonitoringRecord.of(((SyntheticCases.GeneratedIneligible) g).referral());
    }
}
