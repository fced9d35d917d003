package org.openwor.json;

import java.util.Objects;
import java.util.OptionalInt;
import org.openwor.core.indicator.IndicatorAccumulator;
import org.openwor.core.indicator.IneligibleReferral;
import org.openwor.core.workflow.Case;

/**
 * One record of a monitoring stream ({@link MonitoringJsonLines}): everything an
 * {@link IndicatorAccumulator} takes, so that a report read from a file loses nothing. It is either a
 * {@link CaseRecord case} with, when the GP system has counted them, the GP visits in the 12 months
 * after the referral, or an {@link IneligibleRecord ineligible referral}, which holds no personal data.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface MonitoringRecord permits MonitoringRecord.CaseRecord, MonitoringRecord.IneligibleRecord {

    /**
     * Returns the record of a case without a GP-visit follow-up.
     *
     * @param value the case, not null
     * @return the record
     */
    static CaseRecord of(Case value) {
        return new CaseRecord(value, OptionalInt.empty());
    }

    /**
     * Returns the record of a case with the GP visits in the 12 months after the referral.
     *
     * @param value the case, not null
     * @param gpVisitsAfter the GP visits after the referral, from the GP system, not negative; empty if not counted
     * @return the record
     * @throws IllegalArgumentException if the count is negative
     */
    static CaseRecord of(Case value, OptionalInt gpVisitsAfter) {
        return new CaseRecord(value, gpVisitsAfter);
    }

    /**
     * Returns the record of a referral that was not eligible.
     *
     * @param value the ineligible referral, not null
     * @return the record
     */
    static IneligibleRecord of(IneligibleReferral value) {
        return new IneligibleRecord(value);
    }

    /**
     * Adds this record to an accumulator: a case with its follow-up, or an ineligible referral.
     *
     * @param accumulator the accumulator, not null
     * @return the accumulator
     */
    IndicatorAccumulator addTo(IndicatorAccumulator accumulator);

    /**
     * A case, with the GP visits in the 12 months after the referral when they are known. On the wire: a
     * case document with an optional top-level {@code "gpVisitsAfter"}.
     *
     * @param value the case, replayed from its events
     * @param gpVisitsAfter the GP visits in the 12 months after the referral, not negative; empty if not counted
     */
    record CaseRecord(Case value, OptionalInt gpVisitsAfter) implements MonitoringRecord {
        /**
         * Checks the components.
         *
         * @param value the case, not null
         * @param gpVisitsAfter the GP visits after the referral, not null, not negative when present
         * @throws IllegalArgumentException if the count is negative
         */
        public CaseRecord {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(gpVisitsAfter, "gpVisitsAfter");
            if (gpVisitsAfter.isPresent() && gpVisitsAfter.getAsInt() < 0) {
                throw new IllegalArgumentException("gpVisitsAfter: is a count, not negative");
            }
        }

        @Override
        public IndicatorAccumulator addTo(IndicatorAccumulator accumulator) {
            return accumulator.add(value, gpVisitsAfter);
        }
    }

    /**
     * A referral that was not eligible. On the wire: a document with {@code "type": "ineligible-referral"}.
     *
     * @param value the ineligible referral: date, referrer role, practice, municipality and reasons
     */
    record IneligibleRecord(IneligibleReferral value) implements MonitoringRecord {
        /**
         * Checks the components.
         *
         * @param value the ineligible referral, not null
         */
        public IneligibleRecord {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public IndicatorAccumulator addTo(IndicatorAccumulator accumulator) {
            return accumulator.add(value);
        }
    }
}
