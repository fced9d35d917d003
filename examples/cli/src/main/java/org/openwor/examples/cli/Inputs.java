package org.openwor.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.openwor.json.CaseJsonLines;
import org.openwor.json.MonitoringJsonLines;
import org.openwor.json.MonitoringRecord;
import org.openwor.json.WorJson;
import org.openwor.json.WorJsonException;

/**
 * Files in and out: one document, or a monitoring stream read line by line with every line accounted
 * for. Every failure becomes a {@link BadInput} that names the file and never quotes its content.
 */
final class Inputs {

    /** How many rejected lines are listed one by one before they are only counted. */
    static final int LISTED_REJECTIONS = 20;

    static final ObjectMapper MAPPER = WorJson.newMapper();

    private Inputs() {}

    /**
     * Reads one document from a file ({@code -} for standard input).
     *
     * @param <T> the type
     * @param file the file name
     * @param type the type of document
     * @return the document
     */
    static <T> T document(String file, Class<T> type) {
        try (InputStream in = open(file)) {
            return MAPPER.readValue(in, type);
        } catch (WorJsonException e) {
            throw BadInput.of(file, e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Opens a file for reading; {@code -} is standard input.
     *
     * @param file the file name
     * @return the stream
     */
    static InputStream open(String file) {
        if ("-".equals(file)) {
            return new FilterInputStream(System.in) {
                @Override
                public void close() {
                    // standard input stays open
                }
            };
        }
        try {
            return Files.newInputStream(Path.of(file));
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Returns the error for a file that cannot be read or written.
     *
     * @param file the file name
     * @param e the cause
     * @return the error
     */
    static BadInput unreadable(String file, IOException e) {
        String why = e instanceof NoSuchFileException ? "no such file" : "cannot be read or written ("
                + e.getClass().getSimpleName() + ")";
        return new BadInput(file + ": " + why + ".", e);
    }

    /**
     * Opens a file for writing, or standard output when no file is given.
     *
     * @param output the file, or null for standard output
     * @param stdout standard output
     * @return the writer; closing it leaves standard output open
     */
    static Writer output(Path output, PrintWriter stdout) {
        if (output == null) {
            return new java.io.FilterWriter(stdout) {
                @Override
                public void close() {
                    stdout.flush();
                }
            };
        }
        try {
            return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw unreadable(output.toString(), e);
        }
    }

    /**
     * Reads a monitoring stream line by line (one line in memory at a time) and gives each record to
     * a sink; bad lines are listed on standard error with their number, path and rule, and the summary
     * accounts for every line.
     *
     * @param file the file name, {@code -} for standard input
     * @param failFast whether the first bad line stops the reading
     * @param texts the texts
     * @param err standard error
     * @param sink what to do with each record
     * @return the number of rejected lines
     */
    static long monitoring(String file, boolean failFast, Texts texts, PrintWriter err, Consumer<MonitoringRecord> sink) {
        long size = sizeOf(file);
        CountingStream counted = new CountingStream(open(file));
        Reader reader = new InputStreamReader(counted, StandardCharsets.UTF_8);
        CaseJsonLines.OnError mode = failFast ? CaseJsonLines.OnError.FAIL_FAST : CaseJsonLines.OnError.SKIP_AND_REPORT;
        try (Progress progress = Progress.onTerminal(err, size, "lines");
                MonitoringJsonLines.MonitoringReader lines = MonitoringJsonLines.defaults().reader(reader, mode)) {
            for (MonitoringJsonLines.Line line = lines.nextLine(); line != null; line = lines.nextLine()) {
                if (line instanceof MonitoringJsonLines.Accepted accepted) {
                    sink.accept(accepted.value());
                } else if (line instanceof CaseJsonLines.Rejected rejected && lines.rejected() <= LISTED_REJECTIONS) {
                    progress.clear();
                    err.println(file + ": " + rejected.message() + ".");
                }
                progress.update(counted.count, lines.read());
            }
            progress.clear();
            if (lines.rejected() > LISTED_REJECTIONS) {
                err.println(texts.get("moreRejected", file, lines.rejected() - LISTED_REJECTIONS));
            }
            err.println(texts.get("summary", file, lines.read(), lines.accepted(), lines.rejected(), lines.blank()));
            return lines.rejected();
        } catch (WorJsonException e) {
            throw BadInput.of(file, e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static long sizeOf(String file) {
        try {
            return "-".equals(file) ? 0 : Files.size(Path.of(file));
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
