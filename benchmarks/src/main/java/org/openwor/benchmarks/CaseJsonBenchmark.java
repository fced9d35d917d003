package org.openwor.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openwor.benchmarks.vendor.VendorCase;
import org.openwor.benchmarks.vendor.VendorJson;
import org.openwor.core.workflow.Case;
import org.openwor.json.WorJson;

/**
 * Reading and writing cases as JSON, one document per case: wor-json against baseline A (plain
 * databind over the vendor's records of the same documents) and, for reading, limit B (a raw scan of
 * the same bytes with {@link JsonParser#nextToken()}, no objects built). An operation is one case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CaseJsonBenchmark {

    /** The cases per invocation. */
    public static final int CASES = 1000;

    private byte[][] documents;
    private List<Case> cases;
    private List<VendorCase> vendorCases;
    private ObjectMapper worMapper;
    private ObjectMapper worMapperWithoutParserDuplicateCheck;
    private ObjectMapper vendorMapper;
    private JsonFactory rawFactory;

    /**
     * Generates the cases and their documents.
     *
     * @throws IOException never
     */
    @Setup
    public void setUp() throws IOException {
        cases = Data.cases(CASES);
        documents = Data.documents(cases);
        worMapper = WorJson.newMapper();
        worMapperWithoutParserDuplicateCheck = WorJson.newMapper();
        worMapperWithoutParserDuplicateCheck.getFactory().disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        vendorMapper = VendorJson.newMapper();
        rawFactory = new JsonFactory();
        vendorCases = new java.util.ArrayList<>(CASES);
        for (byte[] doc : documents) {
            vendorCases.add(vendorMapper.readValue(doc, VendorCase.class));
        }
    }

    /**
     * Returns the mean size of a case document in bytes.
     *
     * @return the bytes per case
     */
    public static double bytesPerCase() {
        long total = 0;
        for (byte[] doc : Data.documents(Data.cases(CASES))) {
            total += doc.length;
        }
        return (double) total / CASES;
    }

    /**
     * wor-json: reads each document to a {@link Case}, validated and replayed through the workflow.
     *
     * @param bh the blackhole
     * @throws IOException never
     */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void readWorJson(Blackhole bh) throws IOException {
        for (byte[] doc : documents) {
            bh.consume(worMapper.readValue(doc, Case.class));
        }
    }

    /**
     * An experiment, not a recommendation: wor-json without the parser's own duplicate-key check, which
     * {@code WorJson.newMapper()} turns on and a profile shows as a tenth of the reading time. The codecs
     * find duplicates of the properties they know by themselves; lenient mode relies on the parser for
     * the properties it skips.
     *
     * @param bh the blackhole
     * @throws IOException never
     */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void readWorJsonWithoutParserDuplicateCheck(Blackhole bh) throws IOException {
        for (byte[] doc : documents) {
            bh.consume(worMapperWithoutParserDuplicateCheck.readValue(doc, Case.class));
        }
    }

    /**
     * Baseline A: reads each document to the vendor's records with plain databind.
     *
     * @param bh the blackhole
     * @throws IOException never
     */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void readJacksonRecords(Blackhole bh) throws IOException {
        for (byte[] doc : documents) {
            bh.consume(vendorMapper.readValue(doc, VendorCase.class));
        }
    }

    /**
     * Limit B: scans each document token by token, building nothing.
     *
     * @param bh the blackhole
     * @throws IOException never
     */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void readRawScan(Blackhole bh) throws IOException {
        for (byte[] doc : documents) {
            bh.consume(scan(rawFactory.createParser(doc)));
        }
    }

    /**
     * Limit B itself: every token of the input, and nothing built.
     *
     * @param parser the parser, closed on return
     * @return the number of tokens
     * @throws IOException if the input cannot be read
     */
    static long scan(JsonParser parser) throws IOException {
        long tokens = 0;
        try (JsonParser p = parser) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                tokens++;
            }
        }
        return tokens;
    }

    /**
     * wor-json: writes each case to bytes.
     *
     * @param bh the blackhole
     * @throws IOException never
     */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void writeWorJson(Blackhole bh) throws IOException {
        for (Case c : cases) {
            bh.consume(worMapper.writeValueAsBytes(c));
        }
    }

    /**
     * Baseline A: writes each of the vendor's records to bytes with plain databind.
     *
     * @param bh the blackhole
     * @throws IOException never
     */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void writeJacksonRecords(Blackhole bh) throws IOException {
        for (VendorCase c : vendorCases) {
            bh.consume(vendorMapper.writeValueAsBytes(c));
        }
    }
}
