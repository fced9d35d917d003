package org.openwor.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
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

/**
 * The HTML report opened in headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * which {@code .ci/run} installs): the charts render, with the expected number of non-empty bars, and
 * a screenshot is kept in {@code target/report-screenshot.png}.
 */
class HtmlReportBrowserTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** The colour of a bar (.bar in the page's CSS), to find the charts in the screenshot. */
    private static final int BAR_RGB = 0x2e9a74;

    @Test
    void theChartsRenderWithOneBarPerMonthAndEveryStageOfTheFunnel(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        Path cases = dir.resolve("cases.jsonl");
        assertThat(Run.wor("generate", "--cases", "1200", "--seed", "11", "--days", "365", "-o", cases.toString()).code())
                .isZero();
        Path html = dir.resolve("report.html");
        Run report = Run.wor("report", cases.toString(), "--from", "2025-01-01", "--to", "2025-12-31", "--as-of",
                "2026-01-14", "--format", "html", "--lang", "en", "-o", html.toString());
        assertThat(report.code()).isZero();

        WebDriver browser = chromium(dir.resolve("profile"));
        try {
            browser.get(html.toUri().toString());
            assertThat(browser.getTitle()).isEqualTo("Welzijn op Recept in figures");

            List<WebElement> months = bars(browser, "referrals-over-time");
            assertThat(months).hasSize(12);
            long referrals = months.stream().mapToLong(bar -> Long.parseLong(title(bar).replaceAll(".*: ", "").replace(",", "")))
                    .sum();
            assertThat(referrals).isEqualTo(1200);
            assertThat(bars(browser, "days-to-first-contact")).hasSize(12);
            assertThat(bars(browser, "funnel")).hasSize(5);
            assertThat(bars(browser, "positive-health")).hasSize(12);
            assertThat(bars(browser, "gp-visits")).hasSize(3);
            assertThat(browser.findElements(By.cssSelector("text.hidden-cell"))).isEmpty();
            List<WebElement> funnel = bars(browser, "funnel");
            for (int i = 1; i < funnel.size(); i++) {
                assertThat(funnel.get(i).getSize().getWidth()).isLessThanOrEqualTo(funnel.get(i - 1).getSize().getWidth());
            }

            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "report-screenshot.png"), png);
            assertThat(barPixels(ImageIO.read(new ByteArrayInputStream(png)))).isGreaterThan(5_000);
        } finally {
            browser.quit();
        }
    }

    /** The drawn bars of one chart: each with a width and a height on the screen. */
    private static List<WebElement> bars(WebDriver browser, String chart) {
        List<WebElement> bars = browser.findElements(By.cssSelector("svg#" + chart + " rect.bar"));
        assertThat(bars).as(chart).allSatisfy(bar -> {
            assertThat(bar.getSize().getWidth()).as(chart).isPositive();
            assertThat(bar.getSize().getHeight()).as(chart).isPositive();
        });
        return bars;
    }

    private static String title(WebElement bar) {
        return bar.findElement(By.tagName("title")).getAttribute("textContent");
    }

    private static long barPixels(BufferedImage image) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == BAR_RGB) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Headless Chromium that does not reach for the network (the build machine has none). */
    private static WebDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=900,2600", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
