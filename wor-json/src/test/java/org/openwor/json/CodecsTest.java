package org.openwor.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CodecsTest {

    /** The reading rule as it was written first, with a regular expression and the JDK's formatter: the oracle. */
    private static LocalDate oracle(String text) {
        if (!Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}").matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Property
    void theHandWrittenDateParserAgreesWithTheIsoFormatter(@ForAll("dateLike") String text) {
        assertThat(Codecs.parseDate(text)).isEqualTo(oracle(text));
    }

    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofLength(2);
        Arbitrary<String> year = Arbitraries.strings().withChars("0123456789").ofLength(4);
        Arbitrary<String> shaped = net.jqwik.api.Combinators.combine(year, digits, digits)
                .as((y, m, d) -> y + "-" + m + "-" + d);
        Arbitrary<String> valid = Arbitraries.integers().between(0, 9999 * 366)
                .map(days -> LocalDate.of(0, 1, 1).plusDays(days).toString());
        Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789-+T/ :٣").ofMaxLength(12);
        return Arbitraries.oneOf(shaped, valid, noise);
    }

    @Property
    void aDateIsWrittenAsTheIsoFormatterWritesIt(@ForAll("years") int year, @ForAll("daysOfYear") int day)
            throws java.io.IOException {
        LocalDate date = LocalDate.ofYearDay(year, Math.min(day, LocalDate.ofYearDay(year, 1).lengthOfYear()));
        java.io.StringWriter out = new java.io.StringWriter();
        try (com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory()
                .createGenerator(out)) {
            Codecs.DATE_CODEC.write(g, date);
        }
        assertThat(out.toString()).isEqualTo("\"" + DateTimeFormatter.ISO_LOCAL_DATE.format(date) + "\"");
    }

    @Provide
    Arbitrary<Integer> years() {
        return Arbitraries.integers().between(0, 9999).edgeCases(c -> c.add(0, 9, 10, 999, 1000, 9999));
    }

    @Provide
    Arbitrary<Integer> daysOfYear() {
        return Arbitraries.integers().between(1, 366);
    }

    @Test
    void datesThatDoNotExistOrHaveAnotherShapeAreNotDates() {
        assertThat(Codecs.parseDate("2026-02-29")).isNull();
        assertThat(Codecs.parseDate("2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Codecs.parseDate("2026-13-01")).isNull();
        assertThat(Codecs.parseDate("2026-00-10")).isNull();
        assertThat(Codecs.parseDate("2026-1-10")).isNull();
        assertThat(Codecs.parseDate("+2026-01-10")).isNull();
        assertThat(Codecs.parseDate("2026-01-10T00:00")).isNull();
        assertThat(Codecs.parseDate("２０２６-01-10")).isNull();
        assertThat(Codecs.parseDate("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
    }
}
