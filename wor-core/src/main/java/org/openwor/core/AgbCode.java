package org.openwor.core;

import org.immutables.value.Value;
import org.openwor.core.internal.Checks;

/**
 * The AGB code of a Dutch care provider (<i>AGB-code</i>, Algemeen GegevensBeheer): exactly eight digits.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AgbCode {

    AgbCode() {}

    /**
     * Returns the eight digits of the code.
     *
     * @return the code as a string of eight digits
     */
    @Value.Parameter
    public abstract String value();

    /**
     * Obtains an AGB code from its eight digits.
     *
     * @param value the code, exactly eight ASCII digits, not null
     * @return the AGB code
     * @throws InvalidValueException if the value is not exactly eight digits
     */
    public static AgbCode of(String value) {
        return ImmutableAgbCode.of(value);
    }

    @Value.Check
    void check() {
        Checks.require(value().matches("[0-9]{8}"), "agbCode", "agb-code-format",
                "an AGB code is exactly 8 digits");
    }

    /**
     * Returns the eight digits.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return value();
    }
}
