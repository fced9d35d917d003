package org.openwor.core.indicator;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.openwor.core.Localized;

/**
 * One column of a report: an indicator, and for a broken-down indicator the term it is broken down by,
 * such as {@code not-eligible-by-reason/under-minimum-age}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorKey implements Comparable<IndicatorKey> {

    private static final Comparator<IndicatorKey> ORDER = Comparator.comparing(IndicatorKey::indicator)
            .thenComparingInt(k -> k.breakdown == null ? -1 : k.indicator.breakdown().indexOf(k.breakdown));

    private final Indicator indicator;
    private final Localized breakdown;

    private IndicatorKey(Indicator indicator, Localized breakdown) {
        this.indicator = indicator;
        this.breakdown = breakdown;
    }

    static IndicatorKey of(Indicator indicator) {
        return new IndicatorKey(indicator, null);
    }

    static IndicatorKey of(Indicator indicator, Localized term) {
        return new IndicatorKey(indicator, term);
    }

    /**
     * Returns the key with the given code.
     *
     * @param code the code, such as {@code cases} or {@code closure-reason/dropped-out}, not null
     * @return the key
     * @throws IllegalArgumentException if no key has this code
     */
    public static IndicatorKey fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (Indicator indicator : Indicator.values()) {
            for (IndicatorKey key : indicator.keys()) {
                if (key.code().equals(code)) {
                    return key;
                }
            }
        }
        throw new IllegalArgumentException("unknown indicator code");
    }

    /**
     * Returns the indicator.
     *
     * @return the indicator
     */
    public Indicator indicator() {
        return indicator;
    }

    /**
     * Returns the breakdown term, for a broken-down indicator.
     *
     * @return the term
     */
    public Optional<Localized> breakdown() {
        return Optional.ofNullable(breakdown);
    }

    /**
     * Returns the code: the indicator's code, followed by a slash and the term's code when broken down.
     *
     * @return the code
     */
    public String code() {
        return breakdown == null ? indicator.code() : indicator.code() + "/" + breakdown.code();
    }

    @Override
    public int compareTo(IndicatorKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndicatorKey that && indicator == that.indicator
                && Objects.equals(breakdown, that.breakdown);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, breakdown);
    }

    /**
     * Returns the code.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return code();
    }
}
