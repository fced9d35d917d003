package org.openwor.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.openwor.core.PositiveHealthDimension;
import org.openwor.core.indicator.Indicator;
import org.openwor.core.indicator.IndicatorKey;
import org.openwor.core.indicator.IndicatorValue;
import org.openwor.core.indicator.PublishedReport;

/**
 * The report as one self-contained HTML page in the spirit of a municipality's infographic: inline CSS
 * and inline SVG charts, no script, no font or file from elsewhere. It shows only published cells: a
 * hidden cell is drawn as {@code *}, never as its value. Every text is escaped.
 *
 * <p>Charts (each an {@code <svg class="chart">} whose bars are {@code rect.bar}, and hidden cells
 * {@code text.hidden-cell}): referrals per month, the referral funnel, days to first contact per
 * month, Positive Health before and after per dimension, GP visits before and after.
 */
final class HtmlReport {

    private static final int WIDTH = 760;
    private static final String[] FUNNEL = {"cases", "contacted", "intake-held", "activity-matched", "evaluation-held"};
    private static final String[] FUNNEL_TEXT = {"html.funnel.referred", "html.funnel.contacted", "html.funnel.intake",
        "html.funnel.activity", "html.funnel.evaluated"};

    private final Texts texts;

    HtmlReport(Texts texts) {
        this.texts = texts;
    }

    /**
     * One bar: its label, its value (empty when the cell is hidden), the text shown with it, and the
     * value a full bar stands for (0: the largest value of the chart).
     */
    private record Bar(String label, OptionalDouble value, String text, double full, String css) {
        Bar(String label, OptionalDouble value, String text) {
            this(label, value, text, 0, "");
        }
    }

    /**
     * Writes the page.
     *
     * @param out where to
     * @param report the published report, grouped as asked
     * @param monthly the same report per month, for the charts over time
     * @param levels the levels before and after, for the measures whose change is published
     * @throws IOException if writing fails
     */
    void write(Writer out, PublishedReport report, PublishedReport monthly, BeforeAfter levels) throws IOException {
        PublishedReport.Row total = report.rows().get(report.rows().size() - 1);
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(texts.locale().getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(texts.get("html.title"))).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(esc(texts.get("html.title"))).append("</h1>\n<p>")
                .append(esc(texts.get("html.subtitle", report.spec().from(), report.spec().to(), report.spec().asOf(),
                        ReportFormats.suppression(report, texts))))
                .append("</p>\n</header>\n<main>\n");
        tiles(html, total);
        section(html, "html.referralsOverTime", verticalBars("referrals-over-time", months(monthly, "referrals"), null));
        section(html, "html.funnel", horizontalBars("funnel", funnel(total)));
        section(html, "html.daysToContact",
                verticalBars("days-to-first-contact", months(monthly, "days-to-first-contact-median"), 14.0));
        section(html, "html.health", horizontalBars("positive-health", health(total, levels)));
        section(html, "html.gp", horizontalBars("gp-visits", gpVisits(total, levels)));
        table(html, report);
        html.append("</main>\n<footer><p>").append(esc(texts.get("html.hidden"))).append("</p><p>")
                .append(esc(texts.get("html.footer"))).append("</p></footer>\n</body>\n</html>\n");
        out.write(html.toString());
    }

    private void tiles(StringBuilder html, PublishedReport.Row total) {
        html.append("<section class=\"tiles\">\n");
        for (String code : new String[] {"referrals", "cases", "contacted", "first-contact-on-time"}) {
            IndicatorKey key = IndicatorKey.fromCode(code);
            html.append("<div class=\"tile\"><div class=\"big\">").append(esc(brief(total.cell(key))))
                    .append("</div><div>").append(esc(texts.label(key))).append("</div></div>\n");
        }
        html.append("</section>\n");
    }

    /** A value in a few characters: a count, a percentage, a number to one decimal, or * when hidden. */
    private String brief(Optional<IndicatorValue> cell) {
        if (cell.isEmpty()) {
            return "*";
        }
        IndicatorValue v = cell.get();
        if (v instanceof IndicatorValue.Count c) {
            return String.format(texts.locale(), "%,d", c.count());
        } else if (v instanceof IndicatorValue.Share s) {
            return s.denominator() == 0 ? "-" : String.format(texts.locale(), "%.0f%%", 100 * s.ratio());
        }
        OptionalDouble d = number(cell);
        return d.isPresent() ? String.format(texts.locale(), "%.1f", d.getAsDouble()) : "-";
    }

    /** The number a chart draws for a cell: a count, a share's numerator, a mean or a quantile. */
    private static OptionalDouble number(Optional<IndicatorValue> cell) {
        if (cell.isEmpty()) {
            return OptionalDouble.empty();
        }
        IndicatorValue v = cell.get();
        if (v instanceof IndicatorValue.Count c) {
            return OptionalDouble.of(c.count());
        } else if (v instanceof IndicatorValue.Share s) {
            return OptionalDouble.of(s.numerator());
        } else if (v instanceof IndicatorValue.Mean m) {
            return m.n() == 0 ? OptionalDouble.of(0) : OptionalDouble.of(m.value());
        }
        IndicatorValue.Quantile q = (IndicatorValue.Quantile) v;
        return q.n() == 0 ? OptionalDouble.of(0) : OptionalDouble.of(q.value());
    }

    /** One bar per month of the period; a month without referrals has none to hide and shows 0. */
    private List<Bar> months(PublishedReport monthly, String code) {
        IndicatorKey key = IndicatorKey.fromCode(code);
        Map<String, PublishedReport.Row> rows = new HashMap<>();
        monthly.rows().forEach(row -> rows.put(row.group(), row));
        List<Bar> bars = new ArrayList<>();
        YearMonth last = YearMonth.from(monthly.spec().to());
        for (YearMonth m = YearMonth.from(monthly.spec().from()); !m.isAfter(last); m = m.plusMonths(1)) {
            PublishedReport.Row row = rows.get(m.toString());
            Optional<IndicatorValue> cell = row == null ? Optional.of(new IndicatorValue.Count(0)) : row.cell(key);
            bars.add(new Bar(m.toString(), number(cell), brief(cell)));
        }
        return bars;
    }

    private List<Bar> funnel(PublishedReport.Row total) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < FUNNEL.length; i++) {
            Optional<IndicatorValue> cell = total.cell(IndicatorKey.fromCode(FUNNEL[i]));
            String text = cell.map(v -> v instanceof IndicatorValue.Share s ? String.format(texts.locale(), "%,d", s.numerator())
                    : brief(cell)).orElse("*");
            bars.add(new Bar(texts.get(FUNNEL_TEXT[i]), number(cell), text));
        }
        return bars;
    }

    private List<Bar> health(PublishedReport.Row total, BeforeAfter levels) {
        List<Bar> bars = new ArrayList<>();
        for (PositiveHealthDimension dimension : PositiveHealthDimension.values()) {
            BeforeAfter.Levels l = levels.health(total, dimension);
            String name = dimension.text(texts.locale());
            bars.add(new Bar(name + ", " + texts.get("html.before"), l.before(), decimal(l.before()), 10, " before"));
            bars.add(new Bar(name + ", " + texts.get("html.after"), l.after(), decimal(l.after()), 10, ""));
        }
        return bars;
    }

    private List<Bar> gpVisits(PublishedReport.Row total, BeforeAfter levels) {
        BeforeAfter.Levels l = levels.gpVisits(total);
        double full = Math.max(l.before().orElse(0), l.after().orElse(0));
        Optional<IndicatorValue> reduced = total.cell(IndicatorKey.fromCode("gp-visits-reduced"));
        OptionalDouble share = reduced.map(v -> (IndicatorValue.Share) v)
                .map(s -> s.denominator() == 0 ? OptionalDouble.of(0) : OptionalDouble.of(100 * s.ratio()))
                .orElse(OptionalDouble.empty());
        // Visits before and after share one scale; the share with fewer visits is a percentage, on its own.
        return List.of(new Bar(texts.get("html.gp.before"), l.before(), decimal(l.before()), full, " before"),
                new Bar(texts.get("html.gp.after"), l.after(), decimal(l.after()), full, ""),
                new Bar(texts.get("html.gp.reduced") + " (%)", share, brief(reduced), 100, " share"));
    }

    private String decimal(OptionalDouble value) {
        return value.isPresent() ? String.format(texts.locale(), "%.1f", value.getAsDouble()) : "*";
    }

    private void section(StringBuilder html, String title, String svg) {
        html.append("<section class=\"card\">\n<h2>").append(esc(texts.get(title))).append("</h2>\n").append(svg)
                .append("</section>\n");
    }

    /** Bars upwards, one per label, with an optional dashed reference line. */
    private String verticalBars(String id, List<Bar> bars, Double reference) {
        int height = 220;
        int top = 20;
        int bottom = 50;
        int left = 40;
        double max = Math.max(reference == null ? 0 : reference, bars.stream().mapToDouble(b -> b.value().orElse(0)).max().orElse(0));
        double scale = max <= 0 ? 0 : (height - top - bottom) / max;
        double slot = (WIDTH - left - 10.0) / Math.max(1, bars.size());
        StringBuilder svg = svgStart(id, height);
        svg.append(line(left, height - bottom, WIDTH - 10, height - bottom, "axis"));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double x = left + i * slot + slot * 0.15;
            double w = slot * 0.7;
            if (bar.value().isPresent()) {
                double h = bar.value().getAsDouble() * scale;
                svg.append(String.format(Locale.ROOT,
                        "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %s</title></rect>\n",
                        x, height - bottom - h, w, Math.max(h, 0.5), esc(bar.label()), esc(bar.text())));
            } else {
                svg.append(hidden(x + w / 2, height - bottom - 4, bar.label()));
            }
            if (bars.size() <= 12 || i % 3 == 0) {
                svg.append(String.format(Locale.ROOT,
                        "<text class=\"label\" x=\"%.1f\" y=\"%d\" transform=\"rotate(-45 %.1f %d)\" text-anchor=\"end\">%s</text>\n",
                        x + w / 2, height - bottom + 14, x + w / 2, height - bottom + 14, esc(bar.label())));
            }
        }
        if (reference != null && scale > 0) {
            double y = height - bottom - reference * scale;
            svg.append(line(left, y, WIDTH - 10, y, "reference"));
            svg.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%.1f\">%s</text>\n", 4, y + 4,
                    esc(String.format(Locale.ROOT, "%.0f", reference))));
        }
        if (reference == null || reference < max) {
            svg.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"4\" y=\"%d\">%s</text>\n", top,
                    esc(String.format(Locale.ROOT, "%.0f", max))));
        }
        return svg.append("</svg>\n").toString();
    }

    /** Bars sideways, one per label; negative values to the left of the zero line. */
    private String horizontalBars(String id, List<Bar> bars) {
        int rowHeight = 30;
        int height = bars.size() * rowHeight + 20;
        int labels = 230;
        double max = bars.stream().filter(b -> b.full() == 0).mapToDouble(b -> Math.abs(b.value().orElse(0))).max()
                .orElse(0);
        boolean negative = bars.stream().anyMatch(b -> b.value().orElse(0) < 0);
        double zero = negative ? labels + (WIDTH - labels - 60) / 2.0 : labels;
        double span = negative ? (WIDTH - labels - 60) / 2.0 : WIDTH - labels - 60;
        StringBuilder svg = svgStart(id, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double full = bar.full() > 0 ? bar.full() : max;
            double scale = full <= 0 ? 0 : span / full;
            double y = 10 + i * rowHeight;
            svg.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
                    labels - 8, y + 17, esc(bar.label())));
            if (bar.value().isPresent()) {
                double v = bar.value().getAsDouble();
                double w = Math.max(Math.abs(v) * scale, 0.5);
                double x = v < 0 ? zero - w : zero;
                svg.append(String.format(Locale.ROOT,
                        "<rect class=\"bar%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\"><title>%s: %s</title></rect>\n",
                        v < 0 ? " negative" : bar.css(), x, y + 4, w, rowHeight - 10, esc(bar.label()), esc(bar.text())));
                svg.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%.1f\" y=\"%.1f\"%s>%s</text>\n",
                        v < 0 ? x - 4 : x + w + 4, y + 17, v < 0 ? " text-anchor=\"end\"" : "", esc(bar.text())));
            } else {
                svg.append(hidden(zero + 8, y + 19, bar.label()));
            }
        }
        svg.append(line(zero, 6, zero, height - 6, "axis"));
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder svgStart(String id, int height) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart\" id=\"%s\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\">\n",
                id, WIDTH, height, WIDTH, height));
    }

    private static String hidden(double x, double y, String label) {
        return String.format(Locale.ROOT,
                "<text class=\"hidden-cell\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">*<title>%s: *</title></text>\n", x, y,
                esc(label));
    }

    private static String line(double x1, double y1, double x2, double y2, String css) {
        return String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", css, x1, y1,
                x2, y2);
    }

    private void table(StringBuilder html, PublishedReport report) {
        html.append("<section class=\"card\">\n<h2>").append(esc(texts.get("html.table")))
                .append("</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th>").append(esc(texts.get("report.indicator")))
                .append("</th>");
        report.rows().forEach(row -> html.append("<th>").append(esc(row.group())).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (IndicatorKey key : ReportFormats.keys(report)) {
            html.append("<tr><td>").append(esc(texts.label(key))).append("</td>");
            report.rows().forEach(row -> html.append("<td>").append(esc(row.text(key))).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
    }

    /**
     * Escapes text for HTML element content and attribute values.
     *
     * @param text the text
     * @return the escaped text
     */
    static String esc(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; background: #f4f6f4; color: #1d2b24; }
            header { background: #1f6f54; color: #fff; padding: 24px 32px; }
            header h1 { margin: 0 0 6px 0; font-size: 28px; }
            header p { margin: 0; opacity: .9; }
            main { max-width: 840px; margin: 0 auto; padding: 16px; }
            .tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin: 12px 0; }
            .tile { background: #fff; border-radius: 10px; padding: 14px; box-shadow: 0 1px 3px rgba(0,0,0,.1); font-size: 13px; }
            .tile .big { font-size: 28px; font-weight: 700; color: #1f6f54; }
            .card { background: #fff; border-radius: 10px; padding: 14px 18px; margin: 14px 0; box-shadow: 0 1px 3px rgba(0,0,0,.1); }
            .card h2 { font-size: 17px; margin: 0 0 8px 0; }
            svg.chart { max-width: 100%; height: auto; }
            .bar { fill: #2e9a74; }
            .bar.negative { fill: #e07b39; }
            .bar.before { fill: #a9c7bb; }
            .bar.share { fill: #e0a339; }
            .axis { stroke: #777; stroke-width: 1; }
            .reference { stroke: #c0392b; stroke-width: 1.5; stroke-dasharray: 6 4; }
            .label { font-size: 11px; fill: #444; }
            .value { font-size: 12px; fill: #1d2b24; font-weight: 600; }
            .hidden-cell { font-size: 16px; fill: #999; font-weight: 700; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; font-size: 12px; width: 100%; }
            th, td { border-bottom: 1px solid #e3e7e4; padding: 4px 6px; text-align: right; white-space: nowrap; }
            th:first-child, td:first-child { text-align: left; white-space: normal; }
            footer { max-width: 840px; margin: 0 auto; padding: 0 16px 32px; font-size: 12px; color: #555; }
            """;
}
