package org.openwor.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The codec of a closed family of values told apart by a discriminator property, such as the
 * {@code type} of a case event. The discriminator is written first; when reading it may come anywhere:
 * the properties before it are buffered, then read by the variant's codec. No class name is ever
 * written or trusted, and the set of variants is fixed (no default typing).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the common type of the family
 * @param <K> the type of the discriminator
 */
final class UnionCodec<T, K extends Comparable<K>> implements Codec<T> {

    private final String what;
    private final String key;
    private final Codec<K> keyCodec;
    private final Function<T, K> keyOf;
    private final Map<K, RecordCodec<? extends T>> variants;
    private final boolean versioned;

    private UnionCodec(String what, String key, Codec<K> keyCodec, Function<T, K> keyOf,
            Map<K, RecordCodec<? extends T>> variants, boolean versioned) {
        this.what = what;
        this.key = key;
        this.keyCodec = keyCodec;
        this.keyOf = keyOf;
        this.variants = variants;
        this.versioned = versioned;
    }

    /**
     * Returns the codec of a family of values.
     *
     * @param <T> the common type
     * @param <K> the discriminator type
     * @param what the family in words, for messages
     * @param key the name of the discriminator property
     * @param keyCodec the codec of the discriminator
     * @param keyOf the discriminator of a value
     * @param variants the codec of each variant, by discriminator; messages list them in key order
     * @return the codec
     */
    static <T, K extends Comparable<K>> UnionCodec<T, K> of(String what, String key, Codec<K> keyCodec, Function<T, K> keyOf,
            Map<K, RecordCodec<? extends T>> variants) {
        return new UnionCodec<>(what, key, keyCodec, keyOf, new TreeMap<>(variants), false);
    }

    /**
     * Returns this codec for a top-level document, which carries {@code "schemaVersion": 1}.
     *
     * @return the codec
     */
    UnionCodec<T, K> withSchemaVersion() {
        Map<K, RecordCodec<? extends T>> versionedVariants = new TreeMap<>();
        variants.forEach((k, codec) -> versionedVariants.put(k, codec.withSchemaVersion()));
        return new UnionCodec<>(what, key, keyCodec, keyOf, versionedVariants, true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void write(JsonGenerator g, T value) throws IOException {
        K k = keyOf.apply(value);
        g.writeStartObject();
        if (versioned) {
            RecordCodec.writeSchemaVersion(g);
        }
        g.writeFieldName(key);
        keyCodec.write(g, k);
        ((RecordCodec<T>) variants.get(k)).writeProperties(g, value);
        g.writeEndObject();
    }

    @Override
    public T read(WireReader r, Pointer at) throws IOException {
        r.expect(at, JsonToken.START_OBJECT, "an object");
        JsonParser p = r.parser();
        TokenBuffer ahead = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals(key)) {
                RecordCodec<? extends T> variant = variants.get(keyCodec.read(r, at.field(key)));
                if (variant == null) {
                    throw r.error(at.field(key), "unknown-code", "unknown " + key + "; expected one of: "
                            + variants.keySet().stream().map(String::valueOf).collect(Collectors.joining(", ")));
                }
                return variant.readRest(ahead == null ? r : r.replaying(ahead), at, key);
            }
            if (ahead == null) {
                ahead = r.buffer();
            }
            ahead.writeFieldName(name);
            ahead.copyCurrentStructure(p);
        }
        throw r.error(at.field(key), "required", "the property that tells which " + what + " this is is missing");
    }
}
