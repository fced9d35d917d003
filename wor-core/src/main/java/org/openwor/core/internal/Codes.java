package org.openwor.core.internal;

import java.util.Locale;
import java.util.Objects;

/** Stable lowercase wire codes for the enums of OpenWoR: {@code FIRST_CONTACT} is {@code first-contact}. */
public final class Codes {

    private Codes() {}

    /**
     * Returns the code of an enum constant.
     *
     * @param value the constant, not null
     * @return its lowercase, hyphenated name
     */
    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns the constant of an enum that has the given code.
     *
     * @param <E> the enum type
     * @param type the enum class, not null
     * @param code the code, not null
     * @return the constant
     * @throws IllegalArgumentException if no constant has this code; the message lists the valid codes
     */
    public static <E extends Enum<E>> E fromCode(Class<E> type, String code) {
        Objects.requireNonNull(code, "code");
        StringBuilder valid = new StringBuilder();
        for (E value : type.getEnumConstants()) {
            if (code(value).equals(code)) {
                return value;
            }
            valid.append(valid.length() == 0 ? "" : ", ").append(code(value));
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " code; expected one of: " + valid);
    }
}
