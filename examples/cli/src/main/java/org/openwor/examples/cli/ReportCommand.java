package org.openwor.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import org.openwor.core.indicator.Grouping;
import org.openwor.core.indicator.IndicatorAccumulator;
import org.openwor.core.indicator.PublishedReport;
import org.openwor.core.indicator.ReportSpec;
import org.openwor.core.indicator.SuppressionPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code wor report CASES.jsonl --from DATE --to DATE}: the indicator report, with small cells
 * suppressed, as a table, CSV, JSON or a self-contained HTML page. It streams: it holds the
 * accumulators only, never the cases.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"The indicator report of a period: table, CSV, JSON or an HTML page with charts.",
            "The monitoring indicators of the referrals in a period, as published: small cells hidden.",
            "Reads the file line by line and holds only the running totals, so any size fits in a small heap.",
            "A bad line is reported with its number and skipped; the report covers the accepted lines (exit code 1)."})
final class ReportCommand extends WorCommand {

    /** The output formats. */
    enum Format {
        /** An aligned text table. */
        TABLE,
        /** Comma-separated values, one value per line. */
        CSV,
        /** The published report in the wire format of wor-json. */
        JSON,
        /** One self-contained HTML page with charts. */
        HTML
    }

    @Mixin
    private LinesInput input;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First referral date of the period.")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last referral date of the period.")
    private LocalDate to;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day deadlines are judged on (default: --to).")
    private LocalDate asOf;

    @Option(names = "--by", paramLabel = "GROUP", converter = GroupingConverter.class,
            description = "Break down by practice, municipality, referrer-role, coach-organisation, month or quarter.")
    private Grouping by;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), csv, json or html.")
    private Format format;

    @Option(names = "--suppress", paramLabel = "K", defaultValue = "10",
            description = "Hide counts from 1 to K-1, with secondary suppression (default: ${DEFAULT-VALUE}; at least 2).")
    private int k;

    @Option(names = "--nhs-digital", description = "Suppress as NHS Digital does: 1 to 7 as *, other counts rounded to 5.")
    private boolean nhsDigital;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        SuppressionPolicy policy = policy();
        ReportSpec reportSpec = reportSpec(by);
        IndicatorAccumulator main = new IndicatorAccumulator(reportSpec);
        // The page's charts over time need months; one more small accumulator, still no cases held.
        IndicatorAccumulator monthly = format == Format.HTML && by != Grouping.MONTH
                ? new IndicatorAccumulator(reportSpec(Grouping.MONTH)) : null;
        BeforeAfter levels = new BeforeAfter(reportSpec);
        Texts texts = texts();
        long rejected = input.read(texts, err(), record -> {
            record.addTo(main);
            if (monthly != null) {
                record.addTo(monthly);
            }
            if (format == Format.HTML) {
                levels.add(record);
            }
        });
        PublishedReport published = main.result().publish(policy);
        try (Writer out = Inputs.output(output, out())) {
            switch (format) {
                case TABLE -> ReportFormats.table(out, published, texts);
                case CSV -> ReportFormats.csv(out, published, texts);
                case JSON -> ReportFormats.json(out, published);
                case HTML -> new HtmlReport(texts).write(out, published,
                        monthly == null ? published : monthly.result().publish(policy), levels);
            }
        } catch (IOException e) {
            throw Inputs.unreadable(output == null ? "standard output" : output.toString(), e);
        }
        return rejected == 0 ? Wor.OK : Wor.BAD_INPUT;
    }

    private SuppressionPolicy policy() {
        if (nhsDigital) {
            return SuppressionPolicy.nhsDigital();
        }
        if (k < 2) {
            throw usage("--suppress: K must be at least 2");
        }
        return SuppressionPolicy.threshold(k);
    }

    private ReportSpec reportSpec(Grouping grouping) {
        try {
            ReportSpec.Builder builder = ReportSpec.builder();
            builder.from(from).to(to).asOf(asOf != null ? asOf : to);
            if (grouping != null) {
                builder.grouping(grouping);
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw usage("--from, --to, --as-of: the period must not end before it starts, and the as-of day not before it starts");
        }
    }

    /** Reads a grouping by its code: practice, municipality, referrer-role, ... */
    static final class GroupingConverter implements CommandLine.ITypeConverter<Grouping> {
        @Override
        public Grouping convert(String value) {
            try {
                return Grouping.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "expected practice, municipality, referrer-role, coach-organisation, month or quarter");
            }
        }
    }
}
