package org.openwor.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * How one kind of value is written to and read from the wire, token by token.
 *
 * @param <T> the type of value
 */
interface Codec<T> {

    /**
     * Writes a value.
     *
     * @param g the generator, not null
     * @param value the value, not null
     * @throws IOException if writing fails
     */
    void write(JsonGenerator g, T value) throws IOException;

    /**
     * Reads a value whose first token is the parser's current token, leaving the parser on the value's
     * last token.
     *
     * @param r the reader, not null
     * @param at where the value is in the document, not null
     * @return the value, never null
     * @throws IOException a {@link WorJsonException} if the value breaks a rule, or a parser error
     */
    T read(WireReader r, Pointer at) throws IOException;

    /**
     * Returns a codec made of a writer and a reader.
     *
     * @param <T> the type of value
     * @param writer writes a value
     * @param reader reads a value, as {@link #read(WireReader, Pointer)}
     * @return the codec
     */
    static <T> Codec<T> of(Writer<T> writer, Reader<T> reader) {
        return new Codec<>() {
            @Override
            public void write(JsonGenerator g, T value) throws IOException {
                writer.write(g, value);
            }

            @Override
            public T read(WireReader r, Pointer at) throws IOException {
                return reader.read(r, at);
            }
        };
    }

    /**
     * The writing half of a codec.
     *
     * @param <T> the type of value
     */
    interface Writer<T> {
        /**
         * Writes a value.
         *
         * @param g the generator
         * @param value the value
         * @throws IOException if writing fails
         */
        void write(JsonGenerator g, T value) throws IOException;
    }

    /**
     * The reading half of a codec.
     *
     * @param <T> the type of value
     */
    interface Reader<T> {
        /**
         * Reads a value, as {@link Codec#read(WireReader, Pointer)}.
         *
         * @param r the reader
         * @param at where the value is
         * @return the value
         * @throws IOException if the value breaks a rule
         */
        T read(WireReader r, Pointer at) throws IOException;
    }
}
