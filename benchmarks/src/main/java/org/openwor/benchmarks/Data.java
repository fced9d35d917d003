package org.openwor.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.openwor.core.Client;
import org.openwor.core.IcpcCode;
import org.openwor.core.LifeEvent;
import org.openwor.core.Referral;
import org.openwor.core.Referrer;
import org.openwor.core.ReferrerRole;
import org.openwor.core.SocialSignal;
import org.openwor.core.indicator.Grouping;
import org.openwor.core.indicator.ReportSpec;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;
import org.openwor.examples.synthetic.SyntheticCases;
import org.openwor.json.CaseJsonLines;
import org.openwor.json.WorJson;

/**
 * The data of the benchmarks: synthetic referrals and cases from {@link SyntheticCases}, the generator
 * behind the examples and the command-line tool, always with the same seed.
 */
public final class Data {

    /** The seed of every data set. */
    public static final long SEED = 42L;
    /** The first referral date. */
    public static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    /** Referral dates are spread over a year. */
    public static final int DAYS = 365;
    /** The day the data stands on: cases referred late in the year are still open. */
    public static final LocalDate AS_OF = FROM.plusDays(DAYS + 2L);

    private Data() {}

    /**
     * Returns generated referrals as they stand on {@link #AS_OF}: about 15% not eligible, the rest
     * cases, some still open.
     *
     * @param referrals how many
     * @return the referrals, in order
     */
    public static List<SyntheticCases.Generated> generated(int referrals) {
        List<SyntheticCases.Generated> all = new ArrayList<>(referrals);
        SyntheticCases.generate(referrals, SEED, FROM, DAYS, AS_OF).forEach(all::add);
        return all;
    }

    /**
     * Returns the first cases of the generated referrals as they stand on {@link #AS_OF}, skipping the
     * referrals that were not eligible.
     *
     * @param count how many cases
     * @return the cases
     */
    public static List<Case> cases(int count) {
        List<Case> cases = new ArrayList<>(count);
        SyntheticCases gen = SyntheticCases.iterator(Long.MAX_VALUE, SEED, FROM, DAYS, AS_OF);
        while (cases.size() < count) {
            if (gen.next() instanceof SyntheticCases.GeneratedCase c) {
                cases.add(c.c());
            }
        }
        return cases;
    }

    /**
     * Returns the events of generated cases that ran to their end with exactly a number of events.
     *
     * @param count how many cases
     * @param events the number of events of each
     * @return the events of each case
     */
    public static List<List<CaseEvent>> eventsOfCases(int count, int events) {
        List<List<CaseEvent>> result = new ArrayList<>(count);
        SyntheticCases gen = SyntheticCases.iterator(Long.MAX_VALUE, SEED, FROM, DAYS, LocalDate.MAX);
        while (result.size() < count) {
            if (gen.next() instanceof SyntheticCases.GeneratedCase c && c.c().events().size() == events) {
                result.add(c.c().events());
            }
        }
        return result;
    }

    /**
     * Returns the report specification of the benchmarks: the year of referral dates, by month.
     *
     * @return the specification
     */
    public static ReportSpec reportSpec() {
        return ReportSpec.builder().from(FROM).to(FROM.plusDays(DAYS - 1L)).asOf(AS_OF).grouping(Grouping.MONTH)
                .build();
    }

    /**
     * Returns each case as a compact JSON document in the wire format, written by wor-json.
     *
     * @param cases the cases
     * @return the documents, UTF-8
     */
    public static byte[][] documents(List<Case> cases) {
        ObjectMapper mapper = WorJson.newMapper();
        byte[][] docs = new byte[cases.size()][];
        try {
            for (int i = 0; i < docs.length; i++) {
                docs[i] = mapper.writeValueAsBytes(cases.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    /**
     * Writes the first cases of the generated referrals as a JSON Lines file, streaming: the same
     * cases as {@link #cases(int)}.
     *
     * @param file the file
     * @param count how many cases
     * @throws IOException if the file cannot be written
     */
    public static void writeJsonLines(Path file, long count) throws IOException {
        CaseJsonLines lines = CaseJsonLines.defaults();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CaseJsonLines.CaseWriter writer = lines.writer(out)) {
            SyntheticCases gen = SyntheticCases.iterator(Long.MAX_VALUE, SEED, FROM, DAYS, AS_OF);
            while (writer.written() < count) {
                if (gen.next() instanceof SyntheticCases.GeneratedCase c) {
                    writer.write(c.c());
                }
            }
        }
    }

    /**
     * Returns referrals with seeded variation over all seven eligibility rules: most are eligible, and
     * every rule excludes some.
     *
     * @param count how many
     * @return the referrals
     */
    public static Referral[] referrals(int count) {
        Random random = new Random(SEED);
        ReferrerRole[] roles = ReferrerRole.values();
        SocialSignal[] signals = SocialSignal.values();
        Referral[] referrals = new Referral[count];
        for (int i = 0; i < count; i++) {
            LocalDate referralDate = FROM.plusDays(random.nextInt(DAYS));
            LocalDate birthDate = referralDate.minusYears(16 + random.nextInt(75)).minusDays(random.nextInt(365));
            Referral.Builder b = Referral.builder()
                    .id(String.format("HA-%06d", i))
                    .referralDate(referralDate)
                    .referrer(Referrer.of(roles[random.nextInt(roles.length)], "practice-" + (1 + random.nextInt(12))))
                    .client(Client.builder().reference("c-" + Integer.toHexString(0x10000 + i)).birthDate(birthDate)
                            .build())
                    .visitsLast12Months(random.nextInt(30))
                    .unstablePsychiatricOrComplexProblems(random.nextDouble() < 0.03)
                    .concreteCareRequest(random.nextDouble() < 0.03)
                    .motivated(random.nextDouble() < 0.95)
                    .consentToReferral(random.nextDouble() < 0.97)
                    .consentToShareContactDetails(random.nextDouble() < 0.8)
                    .registrationCode(IcpcCode.WELZIJN_OP_RECEPT);
            int signalCount = random.nextDouble() < 0.04 ? 0 : 1 + random.nextInt(3);
            for (int s = 0; s < signalCount; s++) {
                b.addSignals(signals[random.nextInt(signals.length)]);
            }
            if (random.nextDouble() < 0.2) {
                b.lifeEvent(LifeEvent.of(random.nextDouble() < 0.25, referralDate.minusDays(random.nextInt(700))));
            }
            referrals[i] = b.build();
        }
        return referrals;
    }
}
