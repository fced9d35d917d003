package org.openwor.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openwor.core.indicator.IndicatorKey;
import org.openwor.core.indicator.IndicatorValue;
import org.openwor.core.indicator.PublishedReport;
import org.openwor.core.indicator.SuppressionPolicy;
import org.openwor.json.WorJson;

/** The report as a text table, as CSV and as JSON. A hidden cell is {@code *} or empty, never its value. */
final class ReportFormats {

    private ReportFormats() {}

    /**
     * Returns the indicator keys of a report, in their order.
     *
     * @param report the report
     * @return the keys
     */
    static Set<IndicatorKey> keys(PublishedReport report) {
        return report.rows().get(report.rows().size() - 1).cells().keySet();
    }

    /**
     * Returns the title line of a report: period, as-of day and suppression.
     *
     * @param report the report
     * @param texts the texts
     * @return the title and the suppression, two sentences
     */
    static String title(PublishedReport report, Texts texts) {
        return texts.get("report.title", report.spec().from(), report.spec().to(), report.spec().asOf());
    }

    /**
     * Returns the sentence that says how small cells are hidden.
     *
     * @param report the report
     * @param texts the texts
     * @return the sentence
     */
    static String suppression(PublishedReport report, Texts texts) {
        SuppressionPolicy p = report.policy();
        String how = p.mode() == SuppressionPolicy.Mode.NHS_DIGITAL ? texts.get("report.nhs")
                : texts.get("report.threshold", p.k() - 1);
        return texts.get("report.suppression", how);
    }

    static void table(Writer out, PublishedReport report, Texts texts) throws IOException {
        out.write(title(report, texts) + "\n" + suppression(report, texts) + "\n\n");
        List<String> header = new ArrayList<>();
        header.add(texts.get("report.indicator"));
        report.rows().forEach(row -> header.add(row.group()));
        TextTable table = new TextTable(header.toArray(String[]::new));
        for (IndicatorKey key : keys(report)) {
            List<String> cells = new ArrayList<>();
            cells.add(texts.label(key));
            report.rows().forEach(row -> cells.add(row.text(key)));
            table.row(cells.toArray(String[]::new));
        }
        table.write(out, 1);
    }

    static void csv(Writer out, PublishedReport report, Texts texts) throws IOException {
        out.write("group,indicator,label,value,numerator,denominator,n,hidden\n");
        for (PublishedReport.Row row : report.rows()) {
            for (IndicatorKey key : keys(report)) {
                Optional<IndicatorValue> cell = row.cell(key);
                String[] fields = cell.map(ReportFormats::fields).orElse(new String[] {"", "", "", ""});
                out.write(String.join(",", quote(row.group()), quote(key.code()), quote(texts.label(key)), fields[0],
                        fields[1], fields[2], fields[3], Boolean.toString(cell.isEmpty())));
                out.write('\n');
            }
        }
    }

    /** The value, numerator, denominator and n of a value; a count's value is the count. */
    private static String[] fields(IndicatorValue value) {
        if (value instanceof IndicatorValue.Count c) {
            return new String[] {Long.toString(c.count()), "", "", ""};
        } else if (value instanceof IndicatorValue.Share s) {
            return new String[] {s.denominator() == 0 ? "" : number(s.ratio()), Long.toString(s.numerator()),
                Long.toString(s.denominator()), ""};
        } else if (value instanceof IndicatorValue.Mean m) {
            return new String[] {m.n() == 0 ? "" : number(m.value()), "", "", Long.toString(m.n())};
        }
        IndicatorValue.Quantile q = (IndicatorValue.Quantile) value;
        return new String[] {q.n() == 0 ? "" : number(q.value()), "", "", Long.toString(q.n())};
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }

    static void json(Writer out, PublishedReport report) throws IOException {
        out.write(Inputs.MAPPER.writer(WorJson.prettyPrinter()).writeValueAsString(report));
        out.write('\n');
    }
}
