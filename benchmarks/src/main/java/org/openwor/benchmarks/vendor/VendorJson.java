package org.openwor.benchmarks.vendor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The mapper of baseline A: plain databind with java.time, as a vendor configures it. */
public final class VendorJson {

    private VendorJson() {}

    /**
     * Returns a new mapper for the vendor's records: dates as ISO strings, unknown properties rejected
     * (databind's default).
     *
     * @return the mapper
     */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }
}
