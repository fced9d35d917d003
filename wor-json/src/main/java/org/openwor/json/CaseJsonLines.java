package org.openwor.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Objects;
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
        this.maxLineLength = JsonLinesReader.maxLineLength(
                mapper.getFactory().streamReadConstraints().getMaxDocumentLength());
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
        return new CaseJsonLines(requireWorModule(mapper));
    }

    /**
     * Checks that a mapper has a {@link WorModule} registered.
     *
     * @param mapper the mapper
     * @return the mapper
     * @throws IllegalArgumentException if it has none
     */
    static ObjectMapper requireWorModule(ObjectMapper mapper) {
        Objects.requireNonNull(mapper, "mapper");
        if (mapper.getRegisteredModuleIds().stream().noneMatch(id -> String.valueOf(id).startsWith(WorModule.NAME))) {
            throw new IllegalArgumentException("mapper: has no WorModule registered");
        }
        return mapper;
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
     * A line that is not a valid document, with why; no component ever holds a value from the line. It
     * is a rejected line of a {@link MonitoringJsonLines monitoring stream} too.
     *
     * @param number the line number, counted from 1
     * @param path the JSON Pointer to the failing value within the line's document
     * @param rule the rule that failed, as in {@link WorJsonException#rule()}
     * @param message the message, as in {@link WorJsonException#getMessage()}, naming the line
     */
    public record Rejected(long number, String path, String rule, String message)
            implements Line, MonitoringJsonLines.Line {
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
     * Reads cases line by line: a {@link JsonLinesReader} whose lines are {@link Accepted} cases or
     * {@link Rejected} lines. In fail-fast mode the {@link WorJsonException} of a bad line names the line.
     *
     * <p>Not thread-safe.
     */
    public final class CaseReader extends JsonLinesReader<Line> {

        private CaseReader(Reader in, OnError onError) {
            super(in, onError, maxLineLength,
                    (number, text) -> new Accepted(number, reader.<Case>readValue(text)), rejected -> rejected);
        }
    }

    /**
     * Writes cases, one per line: a {@link JsonLinesWriter} of cases. Not thread-safe.
     */
    public final class CaseWriter extends JsonLinesWriter<Case> {

        private CaseWriter(Writer out) {
            super(out, writer);
        }
    }
}
