package org.openwor.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard in headless Chromium, driven by Debian's {@code chromium-driver} (no browser download):
 * the worklist rows a coach sees, overdue first, and the three charts drawn as SVG, each bar checked
 * against the report that the API publishes. The charts are suppressed at k = 2 here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openwor.today=2026-11-23", "openwor.dashboard-suppression=2"})
class DashboardBrowserTest {

    private static final LocalDate TODAY = ServiceContract.TODAY;
    private static final String CHROMIUM = System.getenv().getOrDefault("OPENWOR_TEST_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER =
            System.getenv().getOrDefault("OPENWOR_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");

    @TempDir
    static Path dataDir;

    private static ChromeDriverService driverService;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("openwor.data-dir", () -> dataDir.toString());
    }

    @BeforeAll
    static void startDriverService() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver), or"
                        + " OPENWOR_TEST_CHROMIUM and OPENWOR_TEST_CHROMEDRIVER");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        driverService = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        driverService.start();
    }

    @AfterAll
    static void stopDriverService() {
        if (driverService != null) {
            driverService.stop();
        }
    }

    @Test
    void aCoachSeesTheWorklistOverdueFirstAndTheChartsOfTheQuarter() throws Exception {
        Http http = new Http(port);
        for (LocalDate october : List.of(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 12),
                LocalDate.of(2026, 10, 19))) {
            String id = "OCT-" + october.getDayOfMonth();
            assertThat(http.post("/referrals", Documents.referral(id, october)).statusCode()).isEqualTo(201);
            assertThat(http.append(id, 1, Documents.contact("reached", TODAY, true)).statusCode()).isEqualTo(201);
        }
        for (String day : List.of("02", "05", "20")) {
            assertThat(http.post("/referrals", Documents.referral("NOV-" + day, LocalDate.parse("2026-11-" + day)))
                    .statusCode()).isEqualTo(201);
        }
        for (String id : List.of("YOUNG-1", "YOUNG-2")) {
            assertThat(http.post("/referrals", Documents.referral(id, TODAY, "2012-04-01", true)).statusCode())
                    .isEqualTo(200);
        }
        assertThat(http.post("/referrals", Documents.referral("UNMOTIVATED", TODAY, Documents.BIRTH_DATE, false))
                .statusCode()).isEqualTo(200);
        JsonNode report = ServiceContract.json(
                http.get("/report?from=2026-10-01&to=2026-12-31&asOf=2026-11-23&by=month&suppress=2"));

        WebDriver browser = browser();
        try {
            browser.get(http.base() + "/");
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.or(
                    ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"),
                    ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "failed")));
            assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.id("context")).getText()).isEqualTo("Today 2026-11-23 · 2026 Q4");

            List<String> rows = new ArrayList<>();
            for (WebElement row : browser.findElements(By.cssSelector("#worklist tbody tr"))) {
                rows.add(row.getAttribute("class") + ": " + row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText).toList());
            }
            assertThat(rows).containsExactly(
                    "overdue: [NOV-02, First contact, 2026-11-16, overdue, 7 overdue]",
                    "overdue: [NOV-05, First contact, 2026-11-19, overdue, 4 overdue]",
                    "pending: [NOV-20, First contact, 2026-12-04, pending, 11]");

            assertThat(bars(browser, "chart-referrals")).containsExactly("2026-10=3", "2026-11=6", "2026-12=0");
            assertThat(bars(browser, "chart-pathway")).containsExactlyElementsOf(expectedPathway(report));
            assertThat(bars(browser, "chart-not-eligible")).containsExactlyElementsOf(expectedReasons(report))
                    .contains("under-minimum-age=2", "not-motivated=hidden", "no-consent-to-referral=0");
            // For people: what the coach saw, next to the test reports.
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                    Path.of("target", "dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.quit();
        }
    }

    /** The bars of one chart as key=value, value "hidden" for a suppressed cell, from the rendered SVG. */
    private static List<String> bars(WebDriver browser, String chart) {
        return browser.findElements(By.cssSelector("#" + chart + " svg rect.bar")).stream()
                .map(bar -> bar.getAttribute("data-key") + "=" + bar.getAttribute("data-value")).toList();
    }

    private static List<String> expectedPathway(JsonNode report) {
        JsonNode total = total(report);
        List<String> expected = new ArrayList<>();
        for (String key : List.of("contacted", "first-contact-on-time", "intake-held", "activity-matched",
                "evaluation-held")) {
            JsonNode share = total.get(key);
            expected.add(key + "=" + (share.isNull() ? "hidden" : share.get("denominator").asInt() == 0 ? "0"
                    : jsNumber((double) share.get("numerator").asInt() / share.get("denominator").asInt())));
        }
        return expected;
    }

    private static List<String> expectedReasons(JsonNode report) {
        JsonNode total = total(report);
        List<String> expected = new ArrayList<>();
        for (String reason : List.of("under-minimum-age", "unstable-psychiatric-or-complex-problems",
                "life-event-too-recent", "concrete-care-request", "no-social-starting-point", "not-motivated",
                "no-consent-to-referral")) {
            JsonNode count = total.get("not-eligible-by-reason/" + reason);
            expected.add(reason + "=" + (count.isNull() ? "hidden" : count.get("count").asText()));
        }
        return expected;
    }

    private static JsonNode total(JsonNode report) {
        JsonNode rows = report.get("rows");
        JsonNode total = rows.get(rows.size() - 1);
        assertThat(total.get("group").asText()).isEqualTo("total");
        return total.get("values");
    }

    /** A ratio as JavaScript writes it into an attribute: "0.5", "1", "0.3333333333333333". */
    private static String jsNumber(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static WebDriver browser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory(dataDir, "chromium"));
        return new ChromeDriver(driverService, options);
    }
}
