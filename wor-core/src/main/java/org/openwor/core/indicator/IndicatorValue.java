package org.openwor.core.indicator;

import java.util.Locale;

/**
 * The value of one indicator in one row of a report: a count, a share with its numerator and
 * denominator, a mean over paired measurements, or an exact quantile. Every value knows the number of
 * cases it rests on, which suppression needs.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface IndicatorValue {

    /**
     * Returns the number of cases (or referrals, or measurements) this value rests on.
     *
     * @return the base of the value
     */
    long base();

    /**
     * Returns the value formatted for a table: a count, {@code 12/40 (30.0%)}, a mean to two decimals.
     *
     * @return the value as text
     */
    String format();

    /**
     * A count.
     *
     * @param count the count, not negative
     */
    record Count(long count) implements IndicatorValue {
        /**
         * Creates a count.
         *
         * @param count the count, not negative
         * @throws IllegalArgumentException if negative
         */
        public Count {
            if (count < 0) {
                throw new IllegalArgumentException("count: must not be negative");
            }
        }

        @Override
        public long base() {
            return count;
        }

        @Override
        public String format() {
            return Long.toString(count);
        }
    }

    /**
     * A share: a numerator out of a denominator.
     *
     * @param numerator the cases that count, 0 to denominator
     * @param denominator the cases considered, not negative
     */
    record Share(long numerator, long denominator) implements IndicatorValue {
        /**
         * Creates a share.
         *
         * @param numerator the numerator, 0 to denominator
         * @param denominator the denominator, not negative
         * @throws IllegalArgumentException if the numerator is negative or exceeds the denominator
         */
        public Share {
            if (numerator < 0 || numerator > denominator) {
                throw new IllegalArgumentException("numerator: must be between 0 and the denominator");
            }
        }

        /**
         * Returns the share as a fraction, or NaN when the denominator is 0.
         *
         * @return numerator / denominator
         */
        public double ratio() {
            return denominator == 0 ? Double.NaN : (double) numerator / denominator;
        }

        @Override
        public long base() {
            return denominator;
        }

        @Override
        public String format() {
            return denominator == 0 ? "0/0" : String.format(Locale.ROOT, "%d/%d (%.1f%%)", numerator, denominator,
                    100.0 * ratio());
        }
    }

    /**
     * A mean, kept exact as a sum and a count.
     *
     * @param sum the sum of the values
     * @param n the number of values, not negative
     */
    record Mean(long sum, long n) implements IndicatorValue {
        /**
         * Creates a mean.
         *
         * @param sum the sum
         * @param n the number of values, not negative
         * @throws IllegalArgumentException if n is negative
         */
        public Mean {
            if (n < 0) {
                throw new IllegalArgumentException("n: must not be negative");
            }
        }

        /**
         * Returns the mean, or NaN when there are no values.
         *
         * @return sum / n
         */
        public double value() {
            return n == 0 ? Double.NaN : (double) sum / n;
        }

        @Override
        public long base() {
            return n;
        }

        @Override
        public String format() {
            return n == 0 ? "-" : String.format(Locale.ROOT, "%.2f (n=%d)", value(), n);
        }
    }

    /**
     * An exact quantile of whole numbers: the median as the middle value (the mean of the two middle
     * values when n is even), other quantiles by the nearest-rank method.
     *
     * @param value the quantile, NaN when n is 0
     * @param n the number of values, not negative
     */
    record Quantile(double value, long n) implements IndicatorValue {
        /**
         * Creates a quantile.
         *
         * @param value the quantile
         * @param n the number of values, not negative
         * @throws IllegalArgumentException if n is negative
         */
        public Quantile {
            if (n < 0) {
                throw new IllegalArgumentException("n: must not be negative");
            }
        }

        @Override
        public long base() {
            return n;
        }

        @Override
        public String format() {
            if (n == 0) {
                return "-";
            }
            return (value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value)) + " (n=" + n + ")";
        }
    }
}
