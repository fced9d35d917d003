package org.openwor.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.Reader;
import java.io.Writer;
import java.util.Objects;
import org.openwor.core.indicator.IndicatorAccumulator;

/**
 * A monitoring stream in JSON Lines: everything an {@link IndicatorAccumulator} takes, one
 * {@link MonitoringRecord} per line, so that a report read from the file loses nothing. A line is
 * <ul>
 *   <li>a case document, exactly as {@link CaseJsonLines} writes it, optionally with a top-level
 *   {@code "gpVisitsAfter"}: the GP visits in the 12 months after the referral, a whole number not
 *   negative, which come from the GP system and not from a case event; or</li>
 *   <li>an ineligible referral: {@code {"schemaVersion": 1, "type": "ineligible-referral", "referralDate":
 *   ..., "referrerRole": ..., "practiceReference": ..., "municipalityCode": ..., "reasons": [...]}},
 *   which holds no personal data.</li>
 * </ul>
 * A file of cases from {@link CaseJsonLines} is therefore a valid monitoring stream. A case document
 * has no {@code "type"}; a {@code "type"} other than {@code "ineligible-referral"} is rule
 * {@code unknown-code}, a negative {@code gpVisitsAfter} rule {@code not-negative}. Every other rule, and
 * every JSON path, is that of the document on the line.
 *
 * <p>Reading streams and accounts for every line exactly as {@link CaseJsonLines} does (see
 * {@link JsonLinesReader}): {@link Accepted} or {@link CaseJsonLines.Rejected} per non-blank line,
 * blank lines counted apart, {@code read() == accepted() + rejected()}, fail-fast or skip-and-report.
 *
 * <p>This class is immutable and thread-safe; its readers and writers are not.
 */
public final class MonitoringJsonLines {

    private final ObjectReader reader;
    private final ObjectWriter writer;
    private final long maxLineLength;

    private MonitoringJsonLines(ObjectMapper mapper) {
        this.reader = mapper.readerFor(MonitoringRecord.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.writer = mapper.writerFor(MonitoringRecord.class).without(SerializationFeature.INDENT_OUTPUT);
        this.maxLineLength = JsonLinesReader.maxLineLength(
                mapper.getFactory().streamReadConstraints().getMaxDocumentLength());
    }

    /**
     * Returns a monitoring stream over {@link WorJson#newMapper()}: strict, with its limits.
     *
     * @return the reader and writer factory
     */
    public static MonitoringJsonLines defaults() {
        return new MonitoringJsonLines(WorJson.newMapper());
    }

    /**
     * Returns a monitoring stream over a mapper, such as one with the lenient module. Its maximum
     * document length is the maximum line length.
     *
     * @param mapper a mapper with a {@link WorModule} registered, not null
     * @return the reader and writer factory
     * @throws IllegalArgumentException if no {@link WorModule} is registered with the mapper
     */
    public static MonitoringJsonLines of(ObjectMapper mapper) {
        return new MonitoringJsonLines(CaseJsonLines.requireWorModule(mapper));
    }

    /**
     * Returns a reader of records, one per line.
     *
     * @param in the text, not null; closed when the reader is closed
     * @param onError what a bad line does, not null
     * @return the reader
     */
    public MonitoringReader reader(Reader in, CaseJsonLines.OnError onError) {
        return new MonitoringReader(Objects.requireNonNull(in, "in"), Objects.requireNonNull(onError, "onError"));
    }

    /**
     * Returns a writer of records, one per line.
     *
     * @param out the text sink, not null; closed when the writer is closed
     * @return the writer
     */
    public MonitoringWriter writer(Writer out) {
        return new MonitoringWriter(Objects.requireNonNull(out, "out"));
    }

    /** One non-blank line of a monitoring stream: a record, or the reason it is not one. */
    public sealed interface Line permits Accepted, CaseJsonLines.Rejected {
        /**
         * Returns the line number, counted from 1, blank lines included.
         *
         * @return the line number
         */
        long number();
    }

    /**
     * A line that holds a valid record.
     *
     * @param number the line number, counted from 1
     * @param value the record: a case (replayed from its events) with its follow-up, or an ineligible referral
     */
    public record Accepted(long number, MonitoringRecord value) implements Line {
        /**
         * Checks the components.
         *
         * @param number the line number
         * @param value the record, not null
         */
        public Accepted {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Reads records line by line: a {@link JsonLinesReader} whose lines are {@link Accepted} records or
     * {@link CaseJsonLines.Rejected} lines. Not thread-safe.
     */
    public final class MonitoringReader extends JsonLinesReader<Line> {

        private MonitoringReader(Reader in, CaseJsonLines.OnError onError) {
            super(in, onError, maxLineLength,
                    (number, text) -> new Accepted(number, reader.<MonitoringRecord>readValue(text)), rejected -> rejected);
        }
    }

    /**
     * Writes records, one per line: a {@link JsonLinesWriter} of records. Not thread-safe.
     */
    public final class MonitoringWriter extends JsonLinesWriter<MonitoringRecord> {

        private MonitoringWriter(Writer out) {
            super(out, writer);
        }
    }
}
