package org.openwor.core.indicator;

import java.util.List;
import java.util.Objects;

/**
 * The monitoring indicators of a period: a row per group and the total row, aggregates only. Publish it
 * with {@link #publish(SuppressionPolicy)}, which hides small cells.
 *
 * @param spec what the report covers
 * @param rows the group rows in code order, then the total row (always last)
 * @param excluded the records handed in that the period did not cover (or empty cases)
 */
public record IndicatorReport(ReportSpec spec, List<ReportRow> rows, long excluded) {

    /**
     * Creates a report; the rows are copied.
     *
     * @param spec the specification, not null
     * @param rows the rows, not null, the total row last
     * @param excluded the number of records outside the period, not negative
     */
    public IndicatorReport {
        Objects.requireNonNull(spec, "spec");
        rows = List.copyOf(rows);
        if (rows.isEmpty() || !rows.get(rows.size() - 1).isTotal()) {
            throw new IllegalArgumentException("rows: the total row comes last");
        }
        if (excluded < 0) {
            throw new IllegalArgumentException("excluded: must not be negative");
        }
    }

    /**
     * Returns the total row.
     *
     * @return the total row
     */
    public ReportRow total() {
        return rows.get(rows.size() - 1);
    }

    /**
     * Returns the group rows, without the total.
     *
     * @return the group rows
     */
    public List<ReportRow> groups() {
        return rows.subList(0, rows.size() - 1);
    }

    /**
     * Returns the report as it may be published: small cells hidden under a suppression policy.
     *
     * @param policy the suppression policy, not null
     * @return the published report
     */
    public PublishedReport publish(SuppressionPolicy policy) {
        return Objects.requireNonNull(policy, "policy").apply(this);
    }
}
