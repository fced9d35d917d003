package org.openwor.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openwor.benchmarks.vendor.VendorCase;
import org.openwor.benchmarks.vendor.VendorJson;

class VendorRecordsTest {

    @Test
    void baselineAReadsAndWritesTheSameDocumentsAsWorJson() throws IOException {
        ObjectMapper vendor = VendorJson.newMapper();
        for (byte[] doc : Data.documents(Data.cases(CaseJsonBenchmark.CASES))) {
            VendorCase read = vendor.readValue(doc, VendorCase.class);
            assertThat(new String(vendor.writeValueAsBytes(read), "UTF-8")).isEqualTo(new String(doc, "UTF-8"));
        }
    }
}
