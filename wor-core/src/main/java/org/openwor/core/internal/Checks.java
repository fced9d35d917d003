package org.openwor.core.internal;

import org.openwor.core.InvalidValueException;

/** Guards for the structural invariants of the value types. */
public final class Checks {

    private Checks() {}

    /**
     * Throws an {@link InvalidValueException} unless a condition holds.
     *
     * @param condition the invariant
     * @param field the field, a dotted path relative to the value being built
     * @param rule the stable rule code
     * @param explanation what the rule requires, never containing the offending value
     * @throws InvalidValueException if the condition is false
     */
    public static void require(boolean condition, String field, String rule, String explanation) {
        if (!condition) {
            throw new InvalidValueException(field, rule, explanation);
        }
    }
}
