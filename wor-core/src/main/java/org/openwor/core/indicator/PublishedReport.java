package org.openwor.core.indicator;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An indicator report as it may be published: every cell either shown (possibly rounded) or hidden.
 *
 * @param spec what the report covers
 * @param policy the suppression policy applied
 * @param rows the group rows, then the total row
 */
public record PublishedReport(ReportSpec spec, SuppressionPolicy policy, List<Row> rows) {

    /**
     * Creates a published report; the rows are copied.
     *
     * @param spec the specification, not null
     * @param policy the policy, not null
     * @param rows the rows, not null
     */
    public PublishedReport {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(policy, "policy");
        rows = List.copyOf(rows);
    }

    /**
     * One published row: a cell is empty when hidden.
     *
     * @param group the group code, or {@code total}
     * @param cells the shown value per key, empty when suppressed
     */
    public record Row(String group, SortedMap<IndicatorKey, Optional<IndicatorValue>> cells) {
        /**
         * Creates a row; the cells are copied.
         *
         * @param group the group code, not null
         * @param cells the cells, not null
         */
        public Row {
            Objects.requireNonNull(group, "group");
            cells = Collections.unmodifiableSortedMap(new TreeMap<>(cells));
        }

        /**
         * Returns one cell.
         *
         * @param key the key, not null
         * @return the value, empty when hidden
         */
        public Optional<IndicatorValue> cell(IndicatorKey key) {
            return cells.get(Objects.requireNonNull(key, "key"));
        }

        /**
         * Returns one cell as text: the value, or {@code *} when hidden.
         *
         * @param key the key, not null
         * @return the text
         */
        public String text(IndicatorKey key) {
            return cell(key).map(IndicatorValue::format).orElse("*");
        }
    }
}
