package org.openwor.core;

import org.immutables.value.Value;
import org.openwor.core.internal.Checks;

/**
 * An ICPC code (International Classification of Primary Care) under which a GP practice registers a
 * referral in its GP information system (<i>HIS</i>); Welzijn op Recept uses {@link #WELZIJN_OP_RECEPT Z68}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IcpcCode {

    /** ICPC Z68, the code for a Welzijn op Recept referral (seed 003). */
    public static final IcpcCode WELZIJN_OP_RECEPT = of("Z68");

    IcpcCode() {}

    /**
     * Returns the code: a chapter letter, two digits and an optional extension, such as {@code Z68}.
     *
     * @return the code
     */
    @Value.Parameter
    public abstract String value();

    /**
     * Obtains an ICPC code.
     *
     * @param value a chapter letter A–Z, two digits and optionally a dot and one or two digits, not null
     * @return the code
     * @throws InvalidValueException if the value has another shape
     */
    public static IcpcCode of(String value) {
        return ImmutableIcpcCode.of(value);
    }

    /**
     * Tells whether this is {@code Z68}, the code of a Welzijn op Recept referral.
     *
     * @return true for Z68
     */
    public boolean isWelzijnOpRecept() {
        return "Z68".equals(value());
    }

    @Value.Check
    void check() {
        Checks.require(value().matches("[A-Z][0-9]{2}(\\.[0-9]{1,2})?"), "registrationCode",
                "icpc-code-format", "an ICPC code is a letter A-Z and two digits, such as Z68");
    }

    /**
     * Returns the code.
     *
     * @return the code, such as {@code Z68}
     */
    @Override
    public String toString() {
        return value();
    }
}
