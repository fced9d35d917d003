package org.openwor.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.openwor.core.InvalidValueException;
import org.openwor.core.internal.Codes;

/** The codecs of the scalar values and collections of the wire format. */
final class Codecs {

    /** A JSON string. */
    static final Codec<String> STRING = Codec.of(JsonGenerator::writeString, (r, at) -> {
        r.expect(at, JsonToken.VALUE_STRING, "a string");
        return r.parser().getText();
    });

    /** A JSON boolean. */
    static final Codec<Boolean> BOOLEAN = Codec.of(JsonGenerator::writeBoolean, (r, at) -> {
        JsonToken token = r.parser().currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw r.wrongType(at, "true or false");
        }
        return token == JsonToken.VALUE_TRUE;
    });

    /** A JSON integer that fits a Java {@code int}. */
    static final Codec<Integer> INTEGER = Codec.of(JsonGenerator::writeNumber, (r, at) -> {
        r.expect(at, JsonToken.VALUE_NUMBER_INT, "an integer");
        if (r.parser().getNumberType() != JsonParser.NumberType.INT) {
            throw r.error(at, "integer-range", "the integer is too large");
        }
        return r.parser().getIntValue();
    });

    /** A JSON integer that fits a Java {@code long}. */
    static final Codec<Long> LONG = Codec.of(JsonGenerator::writeNumber, (r, at) -> {
        r.expect(at, JsonToken.VALUE_NUMBER_INT, "an integer");
        JsonParser.NumberType type = r.parser().getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            throw r.error(at, "integer-range", "the integer is too large");
        }
        return r.parser().getLongValue();
    });

    /** A finite JSON number; {@code NaN} is written, and read, as {@code null}. */
    static final Codec<Double> NUMBER_OR_NULL = Codec.of((g, value) -> {
        if (value.isNaN()) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }, (r, at) -> {
        JsonToken token = r.parser().currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return Double.NaN;
        }
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw r.wrongType(at, "a number or null");
        }
        double value = r.parser().getDoubleValue();
        if (Double.isInfinite(value)) {
            throw r.error(at, "number-range", "the number is too large");
        }
        return value;
    });

    /**
     * An ISO-8601 calendar date, {@code yyyy-mm-dd}, with a four-digit year. Written and read by hand:
     * a regular expression and {@code DateTimeFormatter} were a quarter of the time to read a case, and
     * {@code LocalDate.toString} a sixth of the time to write one.
     */
    static final Codec<LocalDate> DATE_CODEC = Codec.of((g, value) -> {
        if (value.getYear() < 0 || value.getYear() > 9999) {
            throw WorJsonException.of(g, g.getOutputContext().pathAsPointer().toString(), "date-range",
                    "a date on the wire has a four-digit year, 0000 to 9999", null);
        }
        char[] text = new char[10];
        digits(text, 0, 4, value.getYear());
        text[4] = '-';
        digits(text, 5, 2, value.getMonthValue());
        text[7] = '-';
        digits(text, 8, 2, value.getDayOfMonth());
        g.writeString(text, 0, 10);
    }, (r, at) -> {
        LocalDate date = parseDate(STRING.read(r, at));
        if (date == null) {
            throw r.error(at, "date-format", "expected an existing calendar date in ISO-8601 form yyyy-mm-dd");
        }
        return date;
    });

    private Codecs() {}

    /**
     * Parses {@code yyyy-mm-dd}: exactly four, two and two ASCII digits, an existing date.
     *
     * @param text the text, not null
     * @return the date, or null if the text is not one
     */
    static LocalDate parseDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            // 30 February and the like; the message of e quotes the value, so it is not kept.
            return null;
        }
    }

    /** Writes a number that is not negative as a count of ASCII digits, with leading zeros. */
    private static void digits(char[] text, int start, int count, int value) {
        for (int i = start + count - 1; i >= start; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** Returns the ASCII digits from start to end as a number, or -1 if one is not a digit. */
    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Returns the codec of an enum written as its stable lowercase code.
     *
     * @param <E> the enum type
     * @param type the enum class
     * @return the codec
     */
    static <E extends Enum<E>> Codec<E> code(Class<E> type) {
        SerializableString[] codes = serializedCodes(type);
        return Codec.of((g, value) -> g.writeString(codes[value.ordinal()]),
                (r, at) -> fromCode(r, at, type, STRING.read(r, at)));
    }

    /**
     * Returns the codes of an enum, by ordinal, encoded once for the generator.
     *
     * @param type the enum class
     * @return the codes
     */
    private static SerializableString[] serializedCodes(Class<? extends Enum<?>> type) {
        Enum<?>[] constants = type.getEnumConstants();
        SerializableString[] codes = new SerializableString[constants.length];
        for (int i = 0; i < constants.length; i++) {
            codes[i] = new SerializedString(Codes.code(constants[i]));
        }
        return codes;
    }

    private static <E extends Enum<E>> E fromCode(WireReader r, Pointer at, Class<E> type, String code)
            throws WorJsonException {
        try {
            return Codes.fromCode(type, code);
        } catch (IllegalArgumentException e) {
            // The message of Codes lists the valid codes and does not quote the input.
            throw r.error(at, "unknown-code", e.getMessage());
        }
    }

    /**
     * Returns the codec of a set of enum constants: an array of codes, each once, written in the
     * declaration order of the enum.
     *
     * @param <E> the enum type
     * @param type the enum class
     * @return the codec
     */
    static <E extends Enum<E>> Codec<Set<E>> codeSet(Class<E> type) {
        Codec<E> element = code(type);
        return Codec.of((g, value) -> {
            g.writeStartArray();
            for (E constant : type.getEnumConstants()) {
                if (value.contains(constant)) {
                    element.write(g, constant);
                }
            }
            g.writeEndArray();
        }, (r, at) -> {
            EnumSet<E> result = EnumSet.noneOf(type);
            readArray(r, at, (item, index) -> {
                if (!result.add(element.read(r, item))) {
                    throw r.error(item, "duplicate-item", "each code appears at most once in this set");
                }
            });
            return Collections.unmodifiableSet(result);
        });
    }

    /**
     * Returns the codec of a list: an array whose order is kept.
     *
     * @param <T> the element type
     * @param element the codec of an element
     * @return the codec
     */
    static <T> Codec<List<T>> list(Codec<T> element) {
        return Codec.of((g, value) -> {
            g.writeStartArray();
            for (T item : value) {
                element.write(g, item);
            }
            g.writeEndArray();
        }, (r, at) -> {
            List<T> result = new ArrayList<>();
            readArray(r, at, (item, index) -> result.add(element.read(r, item)));
            return Collections.unmodifiableList(result);
        });
    }

    /**
     * Returns the codec of a map keyed by enum constants: an object whose property names are the codes,
     * written in the declaration order of the enum.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param keys the enum class of the keys
     * @param values the codec of a value
     * @return the codec
     */
    static <K extends Enum<K>, V> Codec<Map<K, V>> codeMap(Class<K> keys, Codec<V> values) {
        SerializableString[] codes = serializedCodes(keys);
        return Codec.of((g, value) -> {
            g.writeStartObject();
            for (K key : keys.getEnumConstants()) {
                V item = value.get(key);
                if (item != null) {
                    g.writeFieldName(codes[key.ordinal()]);
                    values.write(g, item);
                }
            }
            g.writeEndObject();
        }, (r, at) -> {
            r.expect(at, JsonToken.START_OBJECT, "an object");
            Map<K, V> result = new EnumMap<>(keys);
            JsonParser p = r.parser();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                Pointer item = at.field(name);
                K key = fromCode(r, item, keys, name);
                p.nextToken();
                if (result.put(key, values.read(r, item)) != null) {
                    throw r.error(item, "duplicate-key", "a property appears more than once in the same object");
                }
            }
            return Collections.unmodifiableMap(result);
        });
    }

    /**
     * Returns the codec of a wor-core value type kept on the wire as another value, such as an AGB code
     * as a string. An invariant that fails while reading is reported at the field it names, mapped to a
     * path relative to the value.
     *
     * @param <A> the type on the wire
     * @param <T> the value type
     * @param wire the codec on the wire
     * @param factory the wor-core factory, which may throw {@link InvalidValueException}
     * @param unwrap the inverse of the factory
     * @param fieldPaths maps the field that wor-core names to a dotted path relative to the value
     * @return the codec
     */
    static <A, T> Codec<T> wrapping(Codec<A> wire, Function<A, T> factory, Function<T, A> unwrap,
            UnaryOperator<String> fieldPaths) {
        return Codec.of((g, value) -> wire.write(g, unwrap.apply(value)), (r, at) -> {
            A raw = wire.read(r, at);
            try {
                return factory.apply(raw);
            } catch (InvalidValueException e) {
                throw WorJsonException.of(r.parser(), at.dotted(fieldPaths.apply(e.field())).toString(), e.rule(),
                        e.explanation(), e);
            }
        });
    }

    /** Reads one item of an array. */
    interface ItemReader {
        /**
         * Reads the item under the parser's current token.
         *
         * @param at where the item is
         * @param index its zero-based index
         * @throws IOException if reading fails
         */
        void read(Pointer at, int index) throws IOException;
    }

    /**
     * Reads an array item by item.
     *
     * @param r the reader
     * @param at where the array is
     * @param items called once per item, with the parser on the item's first token
     * @throws IOException if reading fails
     */
    static void readArray(WireReader r, Pointer at, ItemReader items) throws IOException {
        r.expect(at, JsonToken.START_ARRAY, "an array");
        JsonParser p = r.parser();
        int index = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
            items.read(at.index(index), index);
            index++;
        }
    }
}
