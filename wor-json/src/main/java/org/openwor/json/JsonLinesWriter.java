package org.openwor.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * A writer of JSON Lines: each document compactly on one line, ended by {@code "\n"}; JSON escapes
 * every line break inside a string, so a document never spans two lines. The writers of
 * {@link CaseJsonLines} and {@link MonitoringJsonLines} are this class.
 *
 * <p>Not thread-safe.
 *
 * @param <T> the type of document
 */
public abstract sealed class JsonLinesWriter<T> implements Closeable, Flushable
        permits CaseJsonLines.CaseWriter, MonitoringJsonLines.MonitoringWriter {

    private final Writer out;
    private final ObjectWriter writer;
    private long written;

    /**
     * Creates the writer.
     *
     * @param out the text sink, closed when this writer is closed
     * @param writer writes one document, compactly
     */
    JsonLinesWriter(Writer out, ObjectWriter writer) {
        this.out = out;
        this.writer = writer;
    }

    /**
     * Writes one document on one line.
     *
     * @param value the document, not null
     * @throws IOException if the output cannot be written
     * @throws JsonProcessingException if the value cannot be written
     */
    public void write(T value) throws IOException {
        out.write(writer.writeValueAsString(Objects.requireNonNull(value, "value")));
        out.write('\n');
        written++;
    }

    /**
     * Returns the number of documents written.
     *
     * @return the documents written
     */
    public long written() {
        return written;
    }

    /**
     * Flushes the output.
     *
     * @throws IOException if flushing fails
     */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /**
     * Closes the output.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        out.close();
    }
}
