package org.openwor.core.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Stable lowercase wire codes for the enums of OpenWoR: {@code FIRST_CONTACT} is {@code first-contact}.
 *
 * <p>The codes of an enum are computed once, on first use, and kept per enum class: reading and writing
 * a code is on the hot path of every JSON document and every indicator.
 */
public final class Codes {

    /** The codes of each enum class, by ordinal, and the constants by code. */
    private static final ClassValue<Table> TABLES = new ClassValue<>() {
        @Override
        protected Table computeValue(Class<?> type) {
            return new Table(type.getEnumConstants());
        }
    };

    private Codes() {}

    private static final class Table {
        private final String[] codes;
        private final Map<String, Object> constants;
        private final String valid;

        Table(Object[] values) {
            codes = new String[values.length];
            constants = new HashMap<>(values.length * 2);
            for (int i = 0; i < values.length; i++) {
                codes[i] = ((Enum<?>) values[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
                constants.put(codes[i], values[i]);
            }
            valid = String.join(", ", codes);
        }
    }

    /**
     * Returns the code of an enum constant.
     *
     * @param value the constant, not null
     * @return its lowercase, hyphenated name
     */
    public static String code(Enum<?> value) {
        return TABLES.get(value.getDeclaringClass()).codes[value.ordinal()];
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
        Table table = TABLES.get(type);
        Object value = table.constants.get(code);
        if (value == null) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName() + " code; expected one of: "
                    + table.valid);
        }
        return type.cast(value);
    }
}
