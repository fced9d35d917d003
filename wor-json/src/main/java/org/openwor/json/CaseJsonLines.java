package org.openwor.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.openwor.core.workflow.Case;

/**
 * Cases in JSON Lines: one case document (see {@link WorModule}) per line, for bulk exchange between a
 * coach's case registration and a regional monitor.
 *
 * <p>The {@link CaseReader reader} streams: it holds one line at a time, so its memory does not grow
 * with the file. Lines are separated by {@code "\n"} (a {@code "\r"} before it is dropped). Each line
 * that is not blank yields a {@link Line}: {@link Accepted} with the case, or {@link Rejected} with the
 * line number, the JSON path, the rule and a message that never quotes a personal value. The caller
 * chooses what a bad line does:
 * <ul>
 *   <li>{@link OnError#FAIL_FAST}: reading stops with a {@link WorJsonException} that names the line;</li>
 *   <li>{@link OnError#SKIP_AND_REPORT}: the line is reported as {@link Rejected} and reading goes on.</li>
 * </ul>
 * <b>Blank lines</b> (empty, or only spaces and tabs) are neither cases nor errors: they are skipped and
 * counted in {@link CaseReader#blank()}. Every other line is counted in {@link CaseReader#read()}, and
 * {@code read() == accepted() + rejected()} holds at every moment, so nothing is lost silently. A line
 * longer than the mapper's maximum document length (1 MiB with {@link WorJson#newMapper()}) is rejected
 * with rule {@code limit-exceeded} without being held in memory.
 *
 * <p>The {@link CaseWriter writer} writes each case compactly on one line, ended by {@code "\n"}; JSON
 * escapes every line break inside a string, so a case never spans two lines.
 *
 * <p>This class is immutable and thread-safe; its readers and writers are not.
 */
public final class CaseJsonLines {

    private final ObjectReader reader;
    private final ObjectWriter writer;
    private final long maxLineLength;

    private CaseJsonLines(ObjectMapper mapper) {
        this.reader = mapper.readerFor(Case.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.writer = mapper.writerFor(Case.class).without(SerializationFeature.INDENT_OUTPUT);
        long limit = mapper.getFactory().streamReadConstraints().getMaxDocumentLength();
        this.maxLineLength = limit > 0 ? limit : WorJson.MAX_DOCUMENT_LENGTH;
    }

    /**
     * Returns JSON Lines over {@link WorJson#newMapper()}: strict, with its limits.
     *
     * @return the JSON Lines reader and writer factory
     */
    public static CaseJsonLines defaults() {
        return new CaseJsonLines(WorJson.newMapper());
    }

    /**
     * Returns JSON Lines over a mapper, such as one from {@link WorJson#newMapper(WorModule)} with the
     * lenient module. Its maximum document length is the maximum line length.
     *
     * @param mapper a mapper with a {@link WorModule} registered, not null
     * @return the JSON Lines reader and writer factory
     * @throws IllegalArgumentException if no {@link WorModule} is registered with the mapper
     */
    public static CaseJsonLines of(ObjectMapper mapper) {
        Objects.requireNonNull(mapper, "mapper");
        if (mapper.getRegisteredModuleIds().stream().noneMatch(id -> String.valueOf(id).startsWith(WorModule.NAME))) {
            throw new IllegalArgumentException("mapper: has no WorModule registered");
        }
        return new CaseJsonLines(mapper);
    }

    /**
     * Returns a reader of cases, one per line.
     *
     * @param in the text, not null; closed when the reader is closed
     * @param onError what a bad line does, not null
     * @return the reader
     */
    public CaseReader reader(Reader in, OnError onError) {
        return new CaseReader(Objects.requireNonNull(in, "in"), Objects.requireNonNull(onError, "onError"));
    }

    /**
     * Returns a writer of cases, one per line.
     *
     * @param out the text sink, not null; closed when the writer is closed
     * @return the writer
     */
    public CaseWriter writer(Writer out) {
        return new CaseWriter(Objects.requireNonNull(out, "out"));
    }

    /** What a line that is not a valid case does to the reading. */
    public enum OnError {
        /** Reading stops with a {@link WorJsonException} that names the line. */
        FAIL_FAST,
        /** The line becomes a {@link Rejected} item and reading goes on. */
        SKIP_AND_REPORT
    }

    /** One non-blank line of the input: a case or the reason it is not one. */
    public sealed interface Line permits Accepted, Rejected {
        /**
         * Returns the line number, counted from 1, blank lines included.
         *
         * @return the line number
         */
        long number();
    }

    /**
     * A line that holds a valid case.
     *
     * @param number the line number, counted from 1
     * @param value the case, replayed from its events
     */
    public record Accepted(long number, Case value) implements Line {
        /**
         * Checks the components.
         *
         * @param number the line number
         * @param value the case, not null
         */
        public Accepted {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A line that is not a valid case, with why; no component ever holds a value from the line.
     *
     * @param number the line number, counted from 1
     * @param path the JSON Pointer to the failing value within the line's document
     * @param rule the rule that failed, as in {@link WorJsonException#rule()}
     * @param message the message, as in {@link WorJsonException#getMessage()}, naming the line
     */
    public record Rejected(long number, String path, String rule, String message) implements Line {
        /**
         * Checks the components.
         *
         * @param number the line number
         * @param path the path, not null
         * @param rule the rule, not null
         * @param message the message, not null
         */
        public Rejected {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Reads cases line by line; usable directly with {@link #next()}, as an {@link Iterator} or as a
     * {@link #stream() Stream}. The iterator and the stream throw an {@link UncheckedIOException} where
     * {@link #nextLine()} throws an {@link IOException}: in fail-fast mode its cause is the
     * {@link WorJsonException} that names the line.
     *
     * <p>Not thread-safe.
     */
    public final class CaseReader implements Iterator<Line>, Closeable {

        private static final int BUFFER = 8192;

        private final Reader in;
        private final OnError onError;
        private final char[] buffer = new char[BUFFER];
        private final StringBuilder line = new StringBuilder();
        private int position;
        private int limit;
        private boolean tooLong;
        private long lineNumber;
        private long read;
        private long accepted;
        private long rejected;
        private long blank;
        private Line lookahead;

        private CaseReader(Reader in, OnError onError) {
            this.in = in;
            this.onError = onError;
        }

        /**
         * Reads up to the next non-blank line and returns it as a case or a rejection.
         *
         * @return the next line, or null at the end of the input
         * @throws WorJsonException in fail-fast mode, for a line that is not a valid case
         * @throws IOException if the input cannot be read
         */
        public Line nextLine() throws IOException {
            if (lookahead != null) {
                Line result = lookahead;
                lookahead = null;
                return result;
            }
            while (readLine()) {
                if (tooLong) {
                    read++;
                    return reject(WorJsonException.of(null, "", "limit-exceeded",
                            "the line is longer than " + maxLineLength + " characters", null));
                }
                if (isBlank()) {
                    blank++;
                    continue;
                }
                read++;
                try {
                    Case value = reader.readValue(line.toString());
                    accepted++;
                    return new Accepted(lineNumber, value);
                } catch (JsonProcessingException e) {
                    return reject(WorJsonException.translate(e, null));
                }
            }
            return null;
        }

        /**
         * Reads the next line into {@code line}, keeping at most the maximum line length; a longer line
         * is consumed to its end and flagged in {@code tooLong}.
         *
         * @return false at the end of the input, when there is no further line
         */
        private boolean readLine() throws IOException {
            line.setLength(0);
            tooLong = false;
            boolean any = false;
            while (true) {
                if (position >= limit) {
                    limit = in.read(buffer);
                    position = 0;
                    if (limit < 0) {
                        limit = 0;
                        if (!any) {
                            return false;
                        }
                        break;
                    }
                }
                any = true;
                int start = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                if (!tooLong && line.length() + (position - start) <= maxLineLength) {
                    line.append(buffer, start, position - start);
                } else {
                    tooLong = true;
                    line.setLength(0);
                }
                if (position < limit) {
                    position++;
                    break;
                }
            }
            lineNumber++;
            if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
                line.setLength(line.length() - 1);
            }
            return true;
        }

        private boolean isBlank() {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c != ' ' && c != '\t') {
                    return false;
                }
            }
            return true;
        }

        private Line reject(WorJsonException error) throws WorJsonException {
            rejected++;
            WorJsonException atLine = error.atLine(lineNumber);
            if (onError == OnError.FAIL_FAST) {
                throw atLine;
            }
            return new Rejected(lineNumber, atLine.path(), atLine.rule(), atLine.getMessage());
        }

        /**
         * Tells whether another non-blank line follows.
         *
         * @return true if so
         * @throws UncheckedIOException if the input cannot be read, or in fail-fast mode for a bad line
         */
        @Override
        public boolean hasNext() {
            if (lookahead == null) {
                try {
                    lookahead = nextLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return lookahead != null;
        }

        /**
         * Returns the next non-blank line.
         *
         * @return the line as a case or a rejection
         * @throws NoSuchElementException at the end of the input
         * @throws UncheckedIOException if the input cannot be read, or in fail-fast mode for a bad line
         */
        @Override
        public Line next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more lines");
            }
            Line result = lookahead;
            lookahead = null;
            return result;
        }

        /**
         * Returns the remaining lines as a sequential stream; closing the stream closes this reader.
         *
         * @return the stream
         */
        public Stream<Line> stream() {
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                    Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> {
                        try {
                            close();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }

        /**
         * Returns the number of non-blank lines read so far: {@code accepted() + rejected()}.
         *
         * @return the lines read
         */
        public long read() {
            return read;
        }

        /**
         * Returns the number of lines read as valid cases.
         *
         * @return the accepted lines
         */
        public long accepted() {
            return accepted;
        }

        /**
         * Returns the number of non-blank lines that were not valid cases; in fail-fast mode at most 1.
         *
         * @return the rejected lines
         */
        public long rejected() {
            return rejected;
        }

        /**
         * Returns the number of blank lines skipped.
         *
         * @return the blank lines
         */
        public long blank() {
            return blank;
        }

        /**
         * Closes the input.
         *
         * @throws IOException if closing fails
         */
        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * Writes cases, one per line. Not thread-safe.
     */
    public final class CaseWriter implements Closeable, Flushable {

        private final Writer out;
        private long written;

        private CaseWriter(Writer out) {
            this.out = out;
        }

        /**
         * Writes one case on one line.
         *
         * @param value the case, not null
         * @throws IOException if the output cannot be written
         */
        public void write(Case value) throws IOException {
            out.write(writer.writeValueAsString(Objects.requireNonNull(value, "value")));
            out.write('\n');
            written++;
        }

        /**
         * Returns the number of cases written.
         *
         * @return the cases written
         */
        public long written() {
            return written;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
