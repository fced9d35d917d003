package org.openwor.examples.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error for long runs: shown only on a terminal, quiet when the output is
 * piped or redirected, so that logs and files stay clean. It redraws at most a few times a second.
 */
final class Progress implements AutoCloseable {

    private static final int WIDTH = 30;
    private static final long INTERVAL_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean shown;
    private final long total;
    private final String unit;
    private long lastDraw;
    private boolean drawn;

    private Progress(PrintWriter err, boolean shown, long total, String unit) {
        this.err = err;
        this.shown = shown;
        this.total = total;
        this.unit = unit;
    }

    /**
     * Returns a progress bar that is shown only when this process has a terminal.
     *
     * @param err standard error
     * @param total the total amount of work (bytes of a file, referrals to generate), 0 if unknown
     * @param unit what is counted, such as {@code lines}
     * @return the bar
     */
    static Progress onTerminal(PrintWriter err, long total, String unit) {
        return of(err, System.console() != null, total, unit);
    }

    /**
     * Returns a progress bar.
     *
     * @param err standard error
     * @param shown whether to draw it
     * @param total the total amount of work, 0 if unknown
     * @param unit what is counted
     * @return the bar
     */
    static Progress of(PrintWriter err, boolean shown, long total, String unit) {
        return new Progress(err, shown, total, unit);
    }

    /**
     * Reports progress; draws when enough time has passed since the last drawing.
     *
     * @param done the work done, in the unit of the total
     * @param count the items so far, shown as a number
     */
    void update(long done, long count) {
        if (!shown) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDraw < INTERVAL_NANOS) {
            return;
        }
        lastDraw = now;
        drawn = true;
        err.print("\r" + bar(done, count));
        err.flush();
    }

    /**
     * Returns the bar as text, such as {@code [=========>          ]  45%  450,000 lines}.
     *
     * @param done the work done
     * @param count the items so far
     * @return the text
     */
    String bar(long done, long count) {
        int percent = total > 0 ? (int) Math.min(100, done * 100 / total) : 0;
        int filled = percent * WIDTH / 100;
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < WIDTH; i++) {
            b.append(i < filled ? '=' : i == filled ? '>' : ' ');
        }
        return b.append("] ").append(String.format("%3d%%  %,d %s", percent, count, unit)).toString();
    }

    /** Clears the bar from the terminal line, so that a message can be printed; it is drawn again on the next update. */
    void clear() {
        if (shown && drawn) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
            drawn = false;
        }
    }

    /** Clears the bar. */
    @Override
    public void close() {
        clear();
    }
}
