package org.openwor.json;

import static org.openwor.json.Codecs.DATE_CODEC;
import static org.openwor.json.Codecs.INTEGER;
import static org.openwor.json.Codecs.LONG;
import static org.openwor.json.Codecs.NUMBER_OR_NULL;
import static org.openwor.json.Codecs.STRING;
import static org.openwor.json.Codecs.code;
import static org.openwor.json.Codecs.list;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openwor.core.InvalidValueException;
import org.openwor.core.deadline.Deadline;
import org.openwor.core.deadline.DeadlineKind;
import org.openwor.core.deadline.DeadlineStatus;
import org.openwor.core.deadline.WorklistItem;
import org.openwor.core.indicator.Grouping;
import org.openwor.core.indicator.Indicator;
import org.openwor.core.indicator.IndicatorKey;
import org.openwor.core.indicator.IndicatorReport;
import org.openwor.core.indicator.IndicatorValue;
import org.openwor.core.indicator.PublishedReport;
import org.openwor.core.indicator.ReportRow;
import org.openwor.core.indicator.ReportSpec;
import org.openwor.core.indicator.SuppressionPolicy;

/**
 * The wire format of deadlines and worklist items, and of indicator reports, raw and published.
 *
 * <p>A report read back has {@link org.openwor.core.deadline.DeadlinePolicy#defaults()} as its
 * deadline policy: the policy is not on the wire.
 */
final class IndicatorCodecs {

    /** The period from and to, on the wire; only while a report is read. */
    private record Period(LocalDate from, LocalDate to) {}

    private static final Prop<Period, LocalDate> FROM = Prop.required("from", DATE_CODEC, Period::from);
    private static final Prop<Period, LocalDate> TO = Prop.required("to", DATE_CODEC, Period::to);
    private static final RecordCodec<Period> PERIOD = RecordCodec.of("a period", List.of(FROM, TO),
            v -> new Period(v.get(FROM), v.get(TO)));

    private static final Prop<Deadline, DeadlineKind> KIND = Prop.required("kind", code(DeadlineKind.class),
            Deadline::kind);
    private static final Prop<Deadline, Optional<LocalDate>> DUE = Prop.optional("dueDate", DATE_CODEC,
            Deadline::dueDate);
    private static final Prop<Deadline, DeadlineStatus> STATUS = Prop.required("status", code(DeadlineStatus.class),
            Deadline::status);
    private static final Prop<Deadline, Optional<LocalDate>> MET_ON = Prop.optional("metOn", DATE_CODEC,
            Deadline::metOn);

    /** A deadline of a case. */
    static final RecordCodec<Deadline> DEADLINE = RecordCodec.of("a deadline", List.of(KIND, DUE, STATUS, MET_ON),
            v -> Deadline.of(v.get(KIND), v.get(DUE), v.get(STATUS), v.get(MET_ON)));

    private static final Prop<WorklistItem, String> ITEM_CASE = Prop.required("caseId", STRING, WorklistItem::caseId);
    private static final Prop<WorklistItem, DeadlineKind> ITEM_KIND = Prop.required("kind", code(DeadlineKind.class),
            WorklistItem::kind);
    private static final Prop<WorklistItem, LocalDate> ITEM_DUE = Prop.required("dueDate", DATE_CODEC,
            WorklistItem::dueDate);
    private static final Prop<WorklistItem, DeadlineStatus> ITEM_STATUS = Prop.required("status",
            code(DeadlineStatus.class), WorklistItem::status);
    private static final Prop<WorklistItem, Long> DAYS_LEFT = Prop.required("daysLeft", LONG, WorklistItem::daysLeft);

    /** One line of a worklist; a worklist is an array of them. */
    static final RecordCodec<WorklistItem> WORKLIST_ITEM = RecordCodec.of("a worklist item",
            List.of(ITEM_CASE, ITEM_KIND, ITEM_DUE, ITEM_STATUS, DAYS_LEFT),
            v -> WorklistItem.of(v.get(ITEM_CASE), v.get(ITEM_KIND), v.get(ITEM_DUE), v.get(ITEM_STATUS),
                    v.get(DAYS_LEFT)));

    private static final Prop<IndicatorValue, Optional<Long>> COUNT = Prop.optional("count", LONG,
            value -> value instanceof IndicatorValue.Count c ? Optional.of(c.count()) : Optional.empty());
    private static final Prop<IndicatorValue, Optional<Long>> NUMERATOR = Prop.optional("numerator", LONG,
            value -> value instanceof IndicatorValue.Share s ? Optional.of(s.numerator()) : Optional.empty());
    private static final Prop<IndicatorValue, Optional<Long>> DENOMINATOR = Prop.optional("denominator", LONG,
            value -> value instanceof IndicatorValue.Share s ? Optional.of(s.denominator()) : Optional.empty());
    private static final Prop<IndicatorValue, Optional<Long>> SUM = Prop.optional("sum", LONG,
            value -> value instanceof IndicatorValue.Mean m ? Optional.of(m.sum()) : Optional.empty());
    private static final Prop<IndicatorValue, Optional<Double>> QUANTILE = Prop.optional("quantile", NUMBER_OR_NULL,
            value -> value instanceof IndicatorValue.Quantile q ? Optional.of(q.value()) : Optional.empty());
    private static final Prop<IndicatorValue, Optional<Long>> N = Prop.optional("n", LONG,
            value -> value instanceof IndicatorValue.Mean || value instanceof IndicatorValue.Quantile
                    ? Optional.of(value.base()) : Optional.empty());
    private static final Prop<IndicatorValue, Optional<Double>> MEAN = Prop.optional("mean", NUMBER_OR_NULL,
            value -> value instanceof IndicatorValue.Mean m && m.n() > 0 ? Optional.of(m.value()) : Optional.empty());

    /**
     * An indicator value, told apart by its properties: {@code {count}}, {@code {numerator, denominator}},
     * {@code {sum, n, mean}} (the mean is derived, written when n is positive and checked when read) or
     * {@code {quantile, n}} (the quantile is null exactly when n is 0).
     */
    static final RecordCodec<IndicatorValue> VALUE = RecordCodec.of("an indicator value",
            List.of(COUNT, NUMERATOR, DENOMINATOR, SUM, QUANTILE, N, MEAN), IndicatorCodecs::value);

    private static final Codec<SortedMap<IndicatorKey, IndicatorValue>> VALUES = indicatorMap(VALUE, Optional::of);

    /** A hidden cell of a published report is {@code null}. */
    private static final Codec<Optional<IndicatorValue>> CELL = Codec.of((g, value) -> {
        if (value.isPresent()) {
            VALUE.write(g, value.get());
        } else {
            g.writeNull();
        }
    }, (r, at) -> r.parser().currentToken() == JsonToken.VALUE_NULL ? Optional.empty()
            : Optional.of(VALUE.read(r, at)));

    private static final Prop<ReportRow, String> GROUP = Prop.required("group", STRING, ReportRow::group);
    private static final Prop<ReportRow, SortedMap<IndicatorKey, IndicatorValue>> ROW_VALUES = Prop.required("values",
            VALUES, ReportRow::values);
    private static final RecordCodec<ReportRow> ROW = RecordCodec.of("a report row", List.of(GROUP, ROW_VALUES),
            v -> new ReportRow(v.get(GROUP), v.get(ROW_VALUES)));

    private static final Prop<PublishedReport.Row, String> CELL_GROUP = Prop.required("group", STRING,
            PublishedReport.Row::group);
    private static final Prop<PublishedReport.Row, SortedMap<IndicatorKey, Optional<IndicatorValue>>> CELLS =
            Prop.required("values", indicatorMap(CELL, Function.identity()), PublishedReport.Row::cells);
    private static final RecordCodec<PublishedReport.Row> PUBLISHED_ROW = RecordCodec.of("a published report row",
            List.of(CELL_GROUP, CELLS), v -> new PublishedReport.Row(v.get(CELL_GROUP), v.get(CELLS)));

    private static final Spec<IndicatorReport> REPORT_SPEC = new Spec<>(IndicatorReport::spec);
    private static final Prop<IndicatorReport, Long> EXCLUDED = Prop.required("excluded", LONG,
            IndicatorReport::excluded);
    private static final Prop<IndicatorReport, List<ReportRow>> ROWS = Prop.required("rows", list(ROW),
            IndicatorReport::rows);

    /** An indicator report, a top-level document. */
    static final RecordCodec<IndicatorReport> REPORT = RecordCodec.<IndicatorReport>of("an indicator report",
            REPORT_SPEC.with(EXCLUDED, ROWS),
            v -> core(() -> new IndicatorReport(REPORT_SPEC.read(v), v.get(ROWS), v.get(EXCLUDED))))
            .withSchemaVersion().withFieldPaths(IndicatorCodecs::specPath);

    private static final Prop<SuppressionPolicy, SuppressionPolicy.Mode> MODE = Prop.required("mode",
            code(SuppressionPolicy.Mode.class), SuppressionPolicy::mode);
    private static final Prop<SuppressionPolicy, Integer> K = Prop.required("k", INTEGER, SuppressionPolicy::k);
    private static final RecordCodec<SuppressionPolicy> SUPPRESSION = RecordCodec.of("a suppression policy",
            List.of(MODE, K), v -> core(() -> new SuppressionPolicy(v.get(MODE), v.get(K))));

    private static final Spec<PublishedReport> PUBLISHED_SPEC = new Spec<>(PublishedReport::spec);
    private static final Prop<PublishedReport, SuppressionPolicy> POLICY = Prop.required("suppression", SUPPRESSION,
            PublishedReport::policy);
    private static final Prop<PublishedReport, List<PublishedReport.Row>> PUBLISHED_ROWS = Prop.required("rows",
            list(PUBLISHED_ROW), PublishedReport::rows);

    /** A published report, a top-level document: hidden cells are {@code null}. */
    static final RecordCodec<PublishedReport> PUBLISHED = RecordCodec.<PublishedReport>of("a published report",
            PUBLISHED_SPEC.with(POLICY, PUBLISHED_ROWS),
            v -> new PublishedReport(PUBLISHED_SPEC.read(v), v.get(POLICY), v.get(PUBLISHED_ROWS)))
            .withSchemaVersion().withFieldPaths(IndicatorCodecs::specPath);

    /** The rules of the invariants that wor-core's indicator records check, by the field they name. */
    private static final Map<String, String> RULES = Map.of("count", "not-negative", "n", "not-negative",
            "excluded", "not-negative", "numerator", "share-range", "rows", "total-row-last",
            "k", "suppression-threshold");

    private IndicatorCodecs() {}

    /**
     * Calls a constructor of wor-core's indicator records, whose invariants throw an
     * {@link IllegalArgumentException} with the message {@code "field: explanation"}, and turns that into
     * an {@link InvalidValueException} with the rule of the field.
     *
     * @param <T> the type of value
     * @param constructor the constructor call
     * @return the value
     */
    private static <T> T core(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidValueException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            int colon = message.indexOf(": ");
            String field = colon < 0 ? "" : message.substring(0, colon);
            throw new InvalidValueException(field, RULES.getOrDefault(field, "invalid-value"),
                    message.substring(colon + 1).trim());
        }
    }

    private static IndicatorValue value(RecordCodec.Values v) {
        Optional<Long> count = v.get(COUNT);
        Optional<Long> numerator = v.get(NUMERATOR);
        Optional<Long> denominator = v.get(DENOMINATOR);
        Optional<Long> sum = v.get(SUM);
        Optional<Double> quantile = v.get(QUANTILE);
        Optional<Long> n = v.get(N);
        Optional<Double> mean = v.get(MEAN);
        String shape = (count.isPresent() ? "c" : "") + (numerator.isPresent() ? "a" : "")
                + (denominator.isPresent() ? "b" : "") + (sum.isPresent() ? "s" : "")
                + (quantile.isPresent() ? "q" : "") + (n.isPresent() ? "n" : "") + (mean.isPresent() ? "m" : "");
        return switch (shape) {
            case "c" -> core(() -> new IndicatorValue.Count(count.get()));
            case "ab" -> core(() -> new IndicatorValue.Share(numerator.get(), denominator.get()));
            case "sn", "snm" -> mean(core(() -> new IndicatorValue.Mean(sum.get(), n.get())), mean);
            case "qn" -> quantile(core(() -> new IndicatorValue.Quantile(quantile.get(), n.get())));
            default -> throw new InvalidValueException("", "value-shape", "an indicator value is {count}, "
                    + "{numerator, denominator}, {sum, n, mean} or {quantile, n}");
        };
    }

    private static IndicatorValue mean(IndicatorValue.Mean value, Optional<Double> mean) {
        double expected = value.value();
        boolean agrees = mean.isEmpty() || mean.get().isNaN() && Double.isNaN(expected)
                || Math.abs(mean.get() - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
        if (!agrees) {
            throw new InvalidValueException("mean", "derived-mismatch", "the mean is sum / n, or null when n is 0");
        }
        return value;
    }

    private static IndicatorValue quantile(IndicatorValue.Quantile value) {
        if (Double.isNaN(value.value()) != (value.n() == 0)) {
            throw new InvalidValueException("quantile", "quantile-null", "the quantile is null exactly when n is 0");
        }
        return value;
    }

    /** Maps a field of a report's spec that wor-core names to its path in the report. */
    private static String specPath(String field) {
        return "from".equals(field) || "to".equals(field) ? "period." + field : field;
    }

    private static boolean hasShapeOf(IndicatorValue value, Indicator.Kind kind) {
        return switch (kind) {
            case COUNT -> value instanceof IndicatorValue.Count;
            case SHARE -> value instanceof IndicatorValue.Share;
            case MEAN -> value instanceof IndicatorValue.Mean;
            case MEDIAN, P90 -> value instanceof IndicatorValue.Quantile;
        };
    }

    /**
     * Returns the codec of the values of a report row: an object whose property names are the codes of
     * the indicator keys ({@link IndicatorKey#code()}), written in the order of the keys; each value has
     * the shape of its indicator's kind.
     *
     * @param <V> the type of a value
     * @param values the codec of a value
     * @param view the indicator value of a value, if any
     * @return the codec
     */
    private static <V> Codec<SortedMap<IndicatorKey, V>> indicatorMap(Codec<V> values,
            Function<V, Optional<IndicatorValue>> view) {
        return Codec.of((g, value) -> {
            g.writeStartObject();
            for (Map.Entry<IndicatorKey, V> entry : value.entrySet()) {
                g.writeFieldName(entry.getKey().code());
                values.write(g, entry.getValue());
            }
            g.writeEndObject();
        }, (r, at) -> {
            r.expect(at, JsonToken.START_OBJECT, "an object");
            SortedMap<IndicatorKey, V> result = new TreeMap<>();
            JsonParser p = r.parser();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                Pointer item = at.field(p.currentName());
                IndicatorKey key;
                try {
                    key = IndicatorKey.fromCode(p.currentName());
                } catch (IllegalArgumentException e) {
                    throw r.error(item, "unknown-code", "not the code of an indicator or of one of its breakdown terms");
                }
                p.nextToken();
                V read = values.read(r, item);
                if (view.apply(read).filter(value -> !hasShapeOf(value, key.indicator().kind())).isPresent()) {
                    throw r.error(item, "value-kind", "the value has the shape of its indicator's kind");
                }
                if (result.put(key, read) != null) {
                    throw r.error(item, "duplicate-key", "a property appears more than once in the same object");
                }
            }
            return result;
        });
    }

    /**
     * The properties of a report's spec that both kinds of report carry first: {@code period},
     * {@code asOf} and {@code grouping}.
     *
     * @param <T> the report type
     */
    private static final class Spec<T> {
        private final Prop<T, Period> period;
        private final Prop<T, LocalDate> asOf;
        private final Prop<T, Optional<Grouping>> grouping;

        Spec(Function<T, ReportSpec> spec) {
            period = Prop.required("period", PERIOD, report -> new Period(spec.apply(report).from(),
                    spec.apply(report).to()));
            asOf = Prop.required("asOf", DATE_CODEC, report -> spec.apply(report).asOf());
            grouping = Prop.optional("grouping", code(Grouping.class), report -> spec.apply(report).grouping());
        }

        /** Returns these properties followed by others. */
        @SafeVarargs
        final List<Prop<? super T, ?>> with(Prop<? super T, ?>... others) {
            List<Prop<? super T, ?>> props = new ArrayList<>(List.of(period, asOf, grouping));
            props.addAll(List.of(others));
            return props;
        }

        /** Builds the spec from the properties read, with the default deadline policy. */
        ReportSpec read(RecordCodec.Values v) {
            Period read = v.get(period);
            return ReportSpec.builder().from(read.from()).to(read.to()).asOf(v.get(asOf)).grouping(v.get(grouping))
                    .build();
        }
    }
}
