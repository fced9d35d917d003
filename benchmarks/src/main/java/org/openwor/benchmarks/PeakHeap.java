package org.openwor.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.openwor.core.indicator.IndicatorAccumulator;
import org.openwor.core.indicator.IndicatorReport;
import org.openwor.json.CaseJsonLines;

/**
 * The end-to-end indicator report over a large JSON Lines file in a small heap: writes a number of
 * generated cases to a file (streaming), then reads it back line by line into the accumulator, and
 * prints the peak heap use. Run with {@code -Xmx64m}: it passes when it finishes.
 *
 * <pre>{@code java -Xmx64m -cp benchmarks/target/benchmarks.jar org.openwor.benchmarks.PeakHeap 1000000}</pre>
 */
public final class PeakHeap {

    /** The prefix of the line that {@link Suite} reads. */
    static final String RESULT = "PEAK-HEAP";

    private PeakHeap() {}

    /**
     * Runs the measurement.
     *
     * @param args the number of cases, 1,000,000 by default
     * @throws IOException if the temporary file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        Path file = Files.createTempFile("openwor-peak-heap-", ".jsonl");
        try {
            long start = System.nanoTime();
            Data.writeJsonLines(file, count);
            double writeSeconds = (System.nanoTime() - start) / 1e9;
            long writePeak = peakHeapUsed();
            resetPeaks();
            start = System.nanoTime();
            IndicatorAccumulator accumulator = new IndicatorAccumulator(Data.reportSpec());
            long cases = 0;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    CaseJsonLines.CaseReader reader = CaseJsonLines.defaults().reader(in,
                            CaseJsonLines.OnError.FAIL_FAST)) {
                for (CaseJsonLines.Line line = reader.nextLine(); line != null; line = reader.nextLine()) {
                    accumulator.add(((CaseJsonLines.Accepted) line).value());
                    cases++;
                }
            }
            IndicatorReport report = accumulator.result();
            double readSeconds = (System.nanoTime() - start) / 1e9;
            long readPeak = peakHeapUsed();
            System.out.printf(Locale.ROOT, "%s cases=%d fileBytes=%d maxHeapMiB=%.1f writePeakMiB=%.1f "
                    + "reportPeakMiB=%.1f writeSeconds=%.1f reportSeconds=%.1f rows=%d%n", RESULT, cases,
                    Files.size(file), Runtime.getRuntime().maxMemory() / 1048576.0, writePeak / 1048576.0,
                    readPeak / 1048576.0, writeSeconds, readSeconds, report.rows().size());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long peakHeapUsed() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getPeakUsage().getUsed();
            }
        }
        return used;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }
}
