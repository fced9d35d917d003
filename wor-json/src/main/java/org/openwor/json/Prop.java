package org.openwor.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Optional;
import java.util.function.Function;

/**
 * One property of an object on the wire: its name, its codec, how to get it from a value, and whether
 * it may be absent. An absent optional property is omitted when written; {@code null} is never valid.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the object that holds the property
 * @param <V> the type the object's factory receives: the value, or an {@code Optional} of it
 */
final class Prop<T, V> {

    final String name;
    /** The name encoded once, for the generator. */
    final SerializableString serializedName;
    final Codec<Object> codec;
    final boolean optional;
    /** The value to write, or null when an optional property is absent. */
    private final Function<? super T, Object> getter;
    private final Function<Object, V> wrap;

    @SuppressWarnings("unchecked")
    private Prop(String name, Codec<?> codec, boolean optional, Function<? super T, Object> getter,
            Function<Object, V> wrap) {
        this.name = name;
        this.serializedName = new SerializedString(name);
        this.codec = (Codec<Object>) codec;
        this.optional = optional;
        this.getter = getter;
        this.wrap = wrap;
    }

    /**
     * Returns a property that is always present.
     *
     * @param <T> the holder type
     * @param <V> the value type
     * @param name the property name on the wire
     * @param codec the codec of the value
     * @param getter how to get the value from the holder
     * @return the property
     */
    @SuppressWarnings("unchecked")
    static <T, V> Prop<T, V> required(String name, Codec<V> codec, Function<? super T, ? extends V> getter) {
        return new Prop<>(name, codec, false, getter::apply, raw -> (V) raw);
    }

    /**
     * Returns a property that may be absent.
     *
     * @param <T> the holder type
     * @param <V> the value type
     * @param name the property name on the wire
     * @param codec the codec of the value
     * @param getter how to get the value, if present, from the holder
     * @return the property
     */
    @SuppressWarnings("unchecked")
    static <T, V> Prop<T, Optional<V>> optional(String name, Codec<V> codec,
            Function<? super T, Optional<? extends V>> getter) {
        return new Prop<>(name, codec, true, value -> getter.apply(value).orElse(null),
                raw -> Optional.ofNullable((V) raw));
    }

    /**
     * Returns the value to write.
     *
     * @param holder the holder, not null
     * @return the value, or null when an optional property is absent
     */
    Object get(T holder) {
        return getter.apply(holder);
    }

    /**
     * Returns the value as the factory receives it.
     *
     * @param raw the value read, or null when absent
     * @return the value, or an {@code Optional} for an optional property
     */
    V wrap(Object raw) {
        return wrap.apply(raw);
    }
}
