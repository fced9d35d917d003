package org.openwor.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A streaming reader of JSON Lines, one document per line; usable directly with {@link #nextLine()},
 * as an {@link Iterator} or as a {@link #stream() Stream}. The readers of {@link CaseJsonLines} and
 * {@link MonitoringJsonLines} are this class.
 *
 * <p>It holds one line at a time, so its memory does not grow with the input. Lines are separated by
 * {@code "\n"} (a {@code "\r"} before it is dropped). <b>Blank lines</b> (empty, or only spaces and
 * tabs) are skipped and counted in {@link #blank()}; every other line is counted in {@link #read()}
 * and yields an accepted or a rejected line, so that {@code read() == accepted() + rejected()} holds
 * at every moment. A line longer than the maximum document length is rejected with rule
 * {@code limit-exceeded} without being held in memory. In {@link CaseJsonLines.OnError#FAIL_FAST} mode
 * a bad line stops the reading with a {@link WorJsonException} that names the line; the iterator and
 * the stream wrap it in an {@link UncheckedIOException}.
 *
 * <p>Not thread-safe.
 *
 * @param <L> the type of a line: an accepted document or a rejection, with its line number
 */
public abstract sealed class JsonLinesReader<L> implements Iterator<L>, Closeable
        permits CaseJsonLines.CaseReader, MonitoringJsonLines.MonitoringReader {

    /**
     * Turns the text of a non-blank line into an accepted line, or fails.
     *
     * @param <L> the type of a line
     */
    interface Decoder<L> {
        /**
         * Reads one line.
         *
         * @param number the line number, counted from 1
         * @param text the line, without its line end
         * @return the accepted line
         * @throws JsonProcessingException if the line is not a valid document
         */
        L accepted(long number, String text) throws JsonProcessingException;
    }

    private static final int BUFFER = 8192;

    private final Reader in;
    private final CaseJsonLines.OnError onError;
    private final long maxLineLength;
    private final Decoder<L> decoder;
    private final Function<CaseJsonLines.Rejected, L> rejection;
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
    private L lookahead;

    /**
     * Creates the reader.
     *
     * @param in the input, closed when this reader is closed
     * @param onError what a bad line does
     * @param maxLineLength the maximum line length
     * @param decoder what a line means
     * @param rejection the rejected line as a line of this reader
     */
    JsonLinesReader(Reader in, CaseJsonLines.OnError onError, long maxLineLength, Decoder<L> decoder,
            Function<CaseJsonLines.Rejected, L> rejection) {
        this.rejection = rejection;
        this.in = in;
        this.onError = onError;
        this.maxLineLength = maxLineLength;
        this.decoder = decoder;
    }

    /**
     * Returns the maximum line length of a mapper: its maximum document length.
     *
     * @param limit the mapper's maximum document length, 0 or less for none
     * @return the maximum line length
     */
    static long maxLineLength(long limit) {
        return limit > 0 ? limit : WorJson.MAX_DOCUMENT_LENGTH;
    }

    /**
     * Reads up to the next non-blank line and returns it as an accepted document or a rejection.
     *
     * @return the next line, or null at the end of the input
     * @throws WorJsonException in fail-fast mode, for a line that is not a valid document
     * @throws IOException if the input cannot be read
     */
    public L nextLine() throws IOException {
        if (lookahead != null) {
            L result = lookahead;
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
                L value = decoder.accepted(lineNumber, line.toString());
                accepted++;
                return value;
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

    private L reject(WorJsonException error) throws WorJsonException {
        rejected++;
        WorJsonException atLine = error.atLine(lineNumber);
        if (onError == CaseJsonLines.OnError.FAIL_FAST) {
            throw atLine;
        }
        return rejection.apply(new CaseJsonLines.Rejected(lineNumber, atLine.path(), atLine.rule(), atLine.getMessage()));
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
     * @return the line as an accepted document or a rejection
     * @throws NoSuchElementException at the end of the input
     * @throws UncheckedIOException if the input cannot be read, or in fail-fast mode for a bad line
     */
    @Override
    public L next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more lines");
        }
        L result = lookahead;
        lookahead = null;
        return result;
    }

    /**
     * Returns the remaining lines as a sequential stream; closing the stream closes this reader.
     *
     * @return the stream
     */
    public Stream<L> stream() {
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
     * Returns the number of lines read as valid documents.
     *
     * @return the accepted lines
     */
    public long accepted() {
        return accepted;
    }

    /**
     * Returns the number of non-blank lines that were not valid documents; in fail-fast mode at most 1.
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
