package org.openwor.core.indicator;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One row of an indicator report: a group (or the total) and the value of every indicator.
 *
 * @param group the group code, such as {@code gp} or {@code 2026-03}, or {@link #TOTAL}
 * @param values the value per indicator key, in the order of {@link Indicator}
 */
public record ReportRow(String group, SortedMap<IndicatorKey, IndicatorValue> values) {

    /** The group code of the total row. */
    public static final String TOTAL = "total";

    /**
     * Creates a row; the values are copied and made unmodifiable.
     *
     * @param group the group code, not null
     * @param values the values, not null
     */
    public ReportRow {
        Objects.requireNonNull(group, "group");
        values = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(values, "values")));
    }

    /**
     * Returns the value of one indicator key.
     *
     * @param key the key, not null
     * @return the value
     */
    public IndicatorValue value(IndicatorKey key) {
        return values.get(Objects.requireNonNull(key, "key"));
    }

    /**
     * Returns the value of an indicator that is not broken down.
     *
     * @param indicator the indicator, not null
     * @return the value
     * @throws IllegalArgumentException if the indicator is broken down
     */
    public IndicatorValue value(Indicator indicator) {
        if (!indicator.breakdown().isEmpty()) {
            throw new IllegalArgumentException("indicator: is broken down; ask for one of its keys");
        }
        return value(IndicatorKey.of(indicator));
    }

    /**
     * Tells whether this is the total row.
     *
     * @return true for the total row
     */
    public boolean isTotal() {
        return TOTAL.equals(group);
    }
}
