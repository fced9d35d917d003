package org.openwor.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a value of wor-core with its codec.
 *
 * @param <T> the type of value
 */
final class CodecSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Codec<? super T> codec;

    CodecSerializer(Class<T> type, Codec<? super T> codec) {
        super(type);
        this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        codec.write(g, value);
    }
}
