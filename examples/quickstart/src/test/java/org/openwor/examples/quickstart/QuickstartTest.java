package org.openwor.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The quickstart prints each decision in Dutch and English, and never a personal value. */
class QuickstartTest {

    @Test
    void printsTheThreeDecisionsInDutchAndEnglish() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Quickstart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("=== Referral HA-2026-0042", "=== Referral FT-2026-0007", "=== Referral POH-2026-0113");
        assertThat(out).contains("[nl] Welzijn op Recept past bij deze verwijzing.")
                .contains("[en] Welzijn op Recept fits this referral.")
                .contains("De welzijnscoach neemt contact op")
                .contains("The client contacts the wellbeing coach")
                .contains("De cliënt is jonger dan de minimumleeftijd")
                .contains("The client has unstable psychiatric or other complex, heavy problems.");
        assertThat(out).doesNotContain("0118 123456", "1951-09-14", "2009-06-30");
        assertThat(out).contains("=== The case of referral HA-2026-0042, step by step")
                .contains("2026-03-10  referral received              -> referred               FHIR received")
                .contains("First contact              due 2026-03-24 met")
                .contains("-> on-hold                FHIR on-hold", "Evaluation                 due 2026-10-16 met", "FHIR completed")
                .doesNotContain("overdue");
        assertThat(out).containsPattern("=== The case as JSON \\(\\d+ characters; read back equal: true\\)")
                .contains("\"schemaVersion\" : 1");
        assertThat(out).contains("=== Indicators for 2000 generated referrals");
        Matcher referrals = Pattern.compile("\nreferrals +(\\d+) +(\\d+) +(\\d+) *\n")
                .matcher(out);
        assertThat(referrals.find()).as("a referrals row per quarter and the total").isTrue();
        assertThat(Integer.parseInt(referrals.group(1)) + Integer.parseInt(referrals.group(2)))
                .isEqualTo(Integer.parseInt(referrals.group(3))).isEqualTo(2000);
    }

    @Test
    void theGeneratedReportAccountsForEveryReferralAndIsReproducible() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        var report = Quickstart.printReport(sink, 300, 7L);
        assertThat(report.total().value(org.openwor.core.indicator.Indicator.REFERRALS).base() + report.excluded())
                .isEqualTo(300);
        assertThat(Quickstart.printReport(sink, 300, 7L)).isEqualTo(report);
    }
}
