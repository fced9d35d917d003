package org.openwor.core;

import java.util.Objects;

/**
 * Thrown when a value type of OpenWoR is built with values that break a structural invariant:
 * a score outside 0–10, contact details without the consent to share them, an invalid AGB code.
 *
 * <p>The exception names the field and the rule that failed; by design its message never contains the
 * offending value, because that value may be personal data (a birth date, a phone number).
 * Business rules such as eligibility are not structural and never throw this exception: they return
 * a result.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The field that failed, as a dotted path relative to the value being built. */
    private final String field;
    /** The stable code of the rule that failed. */
    private final String rule;
    /** What the rule requires, without the offending value. */
    private final String explanation;

    /**
     * Creates an exception for a field and a rule.
     *
     * @param field the field that failed, a dotted path such as {@code client.birthDate}, not null
     * @param rule the stable, lowercase code of the rule, such as {@code score-range}, not null
     * @param explanation what the rule requires, in English, without the offending value, not null
     */
    public InvalidValueException(String field, String rule, String explanation) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(explanation, "explanation")
                + " (rule " + Objects.requireNonNull(rule, "rule") + ")");
        this.field = field;
        this.rule = rule;
        this.explanation = explanation;
    }

    /**
     * Returns the field that failed, as a dotted path relative to the value being built.
     *
     * @return the field, such as {@code client.birthDate}
     */
    public String field() {
        return field;
    }

    /**
     * Returns the stable code of the rule that failed.
     *
     * @return the rule code, such as {@code score-range}
     */
    public String rule() {
        return rule;
    }

    /**
     * Returns what the rule requires, in English, without the offending value.
     *
     * @return the explanation, such as {@code must be between 0 and 10}
     */
    public String explanation() {
        return explanation;
    }

    /**
     * Returns a copy of this exception with the field placed under a parent path.
     *
     * @param parent the path of the enclosing value, such as {@code client}, not null
     * @return a new exception whose field is {@code parent.field}
     */
    public InvalidValueException under(String parent) {
        Objects.requireNonNull(parent, "parent");
        return new InvalidValueException(parent + "." + field, rule, explanation);
    }

}
