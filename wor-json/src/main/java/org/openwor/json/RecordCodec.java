package org.openwor.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.openwor.core.InvalidValueException;

/**
 * The codec of an object with a fixed list of properties, written in that order and read in any
 * order. Reading is strict: an unknown property (unless lenient), a repeated one or a missing required
 * one is an error; the value is built by the wor-core factory only when every property was read, and
 * an invariant that fails is reported at the path of the field that wor-core names.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of value
 */
final class RecordCodec<T> implements Codec<T> {

    /** The property that carries the version of the wire format in every top-level document. */
    static final String SCHEMA_VERSION = "schemaVersion";
    /** The version of the wire format that this module writes and reads. */
    static final int VERSION = 1;

    private final String what;
    private final List<Prop<? super T, ?>> props;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final Function<Values, T> factory;
    private final UnaryOperator<String> fieldPaths;
    private final boolean versioned;

    private RecordCodec(String what, List<Prop<? super T, ?>> props, Function<Values, T> factory,
            UnaryOperator<String> fieldPaths, boolean versioned) {
        this.what = what;
        this.props = List.copyOf(props);
        this.factory = factory;
        this.fieldPaths = fieldPaths;
        this.versioned = versioned;
        for (int i = 0; i < this.props.size(); i++) {
            if (indexes.put(this.props.get(i).name, i) != null) {
                throw new IllegalArgumentException("Two properties named " + this.props.get(i).name);
            }
        }
    }

    /**
     * Returns the codec of an object.
     *
     * @param <T> the type of value
     * @param what the value in words, for messages, such as {@code "a referral"}
     * @param props the properties, in the order they are written
     * @param factory builds the value from the properties read; null for a value that is only written
     * @return the codec
     */
    static <T> RecordCodec<T> of(String what, List<Prop<? super T, ?>> props, Function<Values, T> factory) {
        return new RecordCodec<>(what, props, factory, UnaryOperator.identity(), false);
    }

    /**
     * Returns this codec for a top-level document: {@code "schemaVersion": 1} is written first and is
     * required, with that value, when read.
     *
     * @return the codec
     */
    RecordCodec<T> withSchemaVersion() {
        return new RecordCodec<>(what, props, factory, fieldPaths, true);
    }

    /**
     * Returns this codec with another mapping from the fields that wor-core names in an
     * {@link InvalidValueException} to dotted paths relative to this object.
     *
     * @param mapping the mapping
     * @return the codec
     */
    RecordCodec<T> withFieldPaths(UnaryOperator<String> mapping) {
        return new RecordCodec<>(what, props, factory, mapping, versioned);
    }

    @Override
    public void write(JsonGenerator g, T value) throws IOException {
        g.writeStartObject();
        if (versioned) {
            writeSchemaVersion(g);
        }
        writeProperties(g, value);
        g.writeEndObject();
    }

    /**
     * Writes {@code "schemaVersion": 1}.
     *
     * @param g the generator
     * @throws IOException if writing fails
     */
    static void writeSchemaVersion(JsonGenerator g) throws IOException {
        g.writeNumberField(SCHEMA_VERSION, VERSION);
    }

    /**
     * Writes the properties of a value, without the braces.
     *
     * @param g the generator
     * @param value the value
     * @throws IOException if writing fails
     */
    void writeProperties(JsonGenerator g, T value) throws IOException {
        for (Prop<? super T, ?> prop : props) {
            Object raw = prop.get(value);
            if (raw != null) {
                g.writeFieldName(prop.serializedName);
                prop.codec.write(g, raw);
            }
        }
    }

    @Override
    public T read(WireReader r, Pointer at) throws IOException {
        r.expect(at, JsonToken.START_OBJECT, "an object");
        return readRest(r, at, null);
    }

    /**
     * Reads the remaining properties of an object whose start was read already.
     *
     * @param r the reader
     * @param at where the object is
     * @param discriminator a property read already (the discriminator of a union), or null
     * @return the value
     * @throws IOException if the object breaks a rule
     */
    T readRest(WireReader r, Pointer at, String discriminator) throws IOException {
        JsonParser p = r.parser();
        Object[] raw = new Object[props.size()];
        boolean[] seen = new boolean[props.size()];
        boolean versionSeen = false;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            Pointer field = at.field(name);
            p.nextToken();
            Integer index = indexes.get(name);
            if (name.equals(discriminator) || index != null && seen[index]
                    || versioned && versionSeen && SCHEMA_VERSION.equals(name)) {
                throw r.error(field, "duplicate-key", "a property appears more than once in the same object");
            } else if (index != null) {
                raw[index] = props.get(index).codec.read(r, field);
                seen[index] = true;
            } else if (versioned && SCHEMA_VERSION.equals(name)) {
                if (Codecs.INTEGER.read(r, field) != VERSION) {
                    throw r.error(field, "schema-version", "this reader supports schemaVersion " + VERSION);
                }
                versionSeen = true;
            } else if (r.lenient()) {
                p.skipChildren();
            } else {
                throw r.error(field, "unknown-property", "not a property of " + what);
            }
        }
        if (versioned && !versionSeen) {
            throw r.error(at.field(SCHEMA_VERSION), "required", "a top-level document carries its schemaVersion");
        }
        for (int i = 0; i < props.size(); i++) {
            if (!seen[i] && !props.get(i).optional) {
                throw r.error(at.field(props.get(i).name), "required", "a required property of " + what + " is missing");
            }
        }
        return create(r, at, new Values(props, raw));
    }

    private T create(WireReader r, Pointer at, Values values) throws WorJsonException {
        try {
            return factory.apply(values);
        } catch (InvalidValueException e) {
            throw WorJsonException.of(r.parser(), at.dotted(fieldPaths.apply(e.field())).toString(), e.rule(),
                    e.explanation(), e);
        } catch (IllegalStateException e) {
            // A builder that misses an attribute; its message is not kept.
            throw r.error(at, "incomplete", "the properties do not make up " + what);
        }
    }

    /**
     * The properties read from one object, for the factory.
     * Not thread-safe; used by one factory call only.
     */
    static final class Values {
        private final List<? extends Prop<?, ?>> props;
        private final Object[] raw;

        Values(List<? extends Prop<?, ?>> props, Object[] raw) {
            this.props = props;
            this.raw = raw;
        }

        /**
         * Returns the value of a property.
         *
         * @param <V> the type the factory receives
         * @param prop the property, one of this object's
         * @return the value, or an {@code Optional} of it for an optional property
         */
        <V> V get(Prop<?, V> prop) {
            for (int i = 0; i < props.size(); i++) {
                if (props.get(i) == prop) {
                    return prop.wrap(raw[i]);
                }
            }
            throw new IllegalArgumentException("Not a property of this object: " + prop.name);
        }
    }
}
