package org.openwor.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its data in a file: what was written is there after a restart. */
class DurabilityTest {

    private static final LocalDate TODAY = ServiceContract.TODAY;

    @TempDir
    Path dataDir;

    @Test
    void casesAndIneligibleReferralsSurviveARestartOnTheSameH2File() {
        String caseId = ServiceContract.uniqueId("HA");
        String before;
        try (ConfigurableApplicationContext first = start()) {
            Http http = http(first);
            assertThat(http.post("/referrals", Documents.referral(caseId, TODAY.minusDays(3))).statusCode()).isEqualTo(201);
            assertThat(http.append(caseId, 1, Documents.contact("e2", TODAY, false)).statusCode()).isEqualTo(201);
            assertThat(http.append(caseId, 2, Documents.contact("e3", TODAY.plusDays(1), true)).statusCode()).isEqualTo(201);
            assertThat(http.append(caseId, 3, Documents.intake("e4", TODAY.plusDays(2))).statusCode()).isEqualTo(201);
            for (int i = 0; i < 2; i++) {
                assertThat(http.post("/referrals", Documents.referral(ServiceContract.uniqueId("POH"), TODAY,
                        "2012-01-01", true)).statusCode()).isEqualTo(200);
            }
            before = http.get("/cases/" + caseId).body();
        }
        assertThat(dataDir.resolve("openwor.mv.db")).isRegularFile();

        try (ConfigurableApplicationContext second = start()) {
            Http http = http(second);
            HttpResponse<String> after = http.get("/cases/" + caseId);
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.body()).isEqualTo(before);
            assertThat(Http.version(after)).isEqualTo(4);
            assertThat(ServiceContract.json(after).at("/case/state").asText()).isEqualTo("intake-held");

            var report = ServiceContract.json(http.get("/report?from=2026-11-01&to=2026-11-30&suppress=2"));
            assertThat(report.at("/rows/0/values/referrals/count").asInt()).isEqualTo(3);
            assertThat(report.at("/rows/0/values/not-eligible-by-reason~1under-minimum-age/count").asInt()).isEqualTo(2);

            HttpResponse<String> next = http.append(caseId, 4, Documents.activity("e5", TODAY.plusDays(3), "koor"));
            assertThat(next.statusCode()).isEqualTo(201);
            assertThat(Http.version(next)).isEqualTo(5);
        }
    }

    private ConfigurableApplicationContext start() {
        return SpringApplication.run(ServiceApplication.class, "--server.port=0", "--openwor.data-dir=" + dataDir,
                "--openwor.today=" + TODAY);
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }
}
