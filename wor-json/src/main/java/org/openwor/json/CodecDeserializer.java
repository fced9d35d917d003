package org.openwor.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a value of wor-core with its codec, token by token, and turns every problem into a
 * {@link WorJsonException}.
 *
 * @param <T> the type of value
 */
final class CodecDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Codec<?> codec;
    private final boolean lenient;

    /**
     * Creates the deserializer.
     *
     * @param type the type asked for; the codec may read a family of which it is one variant
     * @param codec the codec
     * @param lenient whether unknown properties are skipped
     */
    CodecDeserializer(Class<T> type, Codec<?> codec, boolean lenient) {
        super(type);
        this.codec = codec;
        this.lenient = lenient;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Object value;
        try {
            value = codec.read(new WireReader(p, lenient), Pointer.ROOT);
        } catch (JsonProcessingException e) {
            throw WorJsonException.translate(e, p);
        }
        if (!handledType().isInstance(value)) {
            throw WorJsonException.of(p, "", "unexpected-variant",
                    "the document is another variant than " + handledType().getSimpleName(), null);
        }
        return handledType().cast(value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<T> handledType() {
        return (Class<T>) super.handledType();
    }
}
