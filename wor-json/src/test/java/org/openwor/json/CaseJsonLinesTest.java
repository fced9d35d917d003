package org.openwor.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.openwor.core.testing.ReferralExamples;
import org.openwor.core.workflow.Case;
import org.openwor.json.WireArbitraries.CaseLists;

/** {@link CaseJsonLines}: one case per line, streaming, with every line accounted for. */
class CaseJsonLinesTest {

    private final CaseJsonLines lines = CaseJsonLines.defaults();

    private String write(List<Case> cases) throws IOException {
        StringWriter out = new StringWriter();
        try (CaseJsonLines.CaseWriter writer = lines.writer(out)) {
            for (Case c : cases) {
                writer.write(c);
            }
            assertThat(writer.written()).isEqualTo(cases.size());
        }
        return out.toString();
    }

    @Property(tries = 50)
    void casesWrittenAsLinesReadBackEqual(@ForAll(supplier = CaseLists.class) List<Case> cases) throws IOException {
        String text = write(cases);
        assertThat(text.lines()).hasSize(cases.size());
        try (CaseJsonLines.CaseReader reader = lines.reader(new StringReader(text), CaseJsonLines.OnError.FAIL_FAST)) {
            List<Case> read = reader.stream().map(line -> ((CaseJsonLines.Accepted) line).value()).toList();
            assertThat(read).isEqualTo(cases);
            assertThat(reader.read()).isEqualTo(cases.size());
            assertThat(reader.accepted()).isEqualTo(cases.size());
        }
    }


    private String mixed() throws IOException {
        String good = write(List.of(Documents.caseValue(), Case.empty()));
        String[] two = good.split("\n");
        return two[0] + "\n"                                    // 1: a case
                + "\n"                                          // 2: blank
                + "{\"schemaVersion\": 1, \"birthDate\": \"" + ReferralExamples.BIRTH_DATE + "\"}\n" // 3: bad
                + "   \t\r\n"                                  // 4: blank, CRLF
                + two[1] + "\r\n"                               // 5: a case, CRLF
                + "not json " + ReferralExamples.PHONE + "\n"   // 6: bad
                + two[0].replace("\"version\":12", "\"version\":13") + "\n" // 7: bad
                + two[1];                                       // 8: a case, no final line end
    }

    @Test
    void skipAndReportAccountsForEveryLine() throws IOException {
        List<CaseJsonLines.Line> items = new ArrayList<>();
        CaseJsonLines.CaseReader reader = lines.reader(new StringReader(mixed()), CaseJsonLines.OnError.SKIP_AND_REPORT);
        try (Stream<CaseJsonLines.Line> stream = reader.stream()) {
            stream.forEach(items::add);
        }
        assertThat(items).extracting(CaseJsonLines.Line::number).containsExactly(1L, 3L, 5L, 6L, 7L, 8L);
        assertThat(items).extracting(line -> line instanceof CaseJsonLines.Accepted)
                .containsExactly(true, false, true, false, false, true);
        assertThat(reader.read()).isEqualTo(6).isEqualTo(reader.accepted() + reader.rejected());
        assertThat(reader.accepted()).isEqualTo(3);
        assertThat(reader.rejected()).isEqualTo(3);
        assertThat(reader.blank()).isEqualTo(2);
        List<CaseJsonLines.Rejected> rejected = items.stream().filter(CaseJsonLines.Rejected.class::isInstance)
                .map(CaseJsonLines.Rejected.class::cast).toList();
        assertThat(rejected).extracting(CaseJsonLines.Rejected::rule)
                .containsExactly("unknown-property", "malformed-json", "derived-mismatch");
        assertThat(rejected).extracting(CaseJsonLines.Rejected::path).containsExactly("/birthDate", "", "/version");
        assertThat(rejected.get(0).message()).startsWith("line 3, /birthDate: ");
        assertThat(rejected).allSatisfy(r -> assertThat(r.message())
                .doesNotContain(ReferralExamples.BIRTH_DATE.toString(), ReferralExamples.PHONE));
        assertThat(((CaseJsonLines.Accepted) items.get(0)).value()).isEqualTo(Documents.caseValue());
        assertThat(((CaseJsonLines.Accepted) items.get(5)).value()).isEqualTo(Case.empty());
    }

    @Test
    void failFastStopsAtTheFirstBadLineWithItsNumber() throws IOException {
        CaseJsonLines.CaseReader reader = lines.reader(new StringReader(mixed()), CaseJsonLines.OnError.FAIL_FAST);
        assertThat(reader.nextLine()).isInstanceOf(CaseJsonLines.Accepted.class);
        assertThatThrownBy(reader::nextLine).isInstanceOfSatisfying(WorJsonException.class, e -> {
            assertThat(e.lineNumber()).hasValue(3);
            assertThat(e.rule()).isEqualTo("unknown-property");
            assertThat(e.getMessage()).startsWith("line 3, ").doesNotContain(ReferralExamples.BIRTH_DATE.toString());
        });
        assertThat(reader.read()).isEqualTo(2).isEqualTo(reader.accepted() + reader.rejected());
        assertThat(reader.blank()).isEqualTo(1);
    }

    @Test
    void failFastThroughTheStreamIsAnUncheckedIoExceptionWithOurCause() {
        CaseJsonLines.CaseReader reader = lines.reader(new StringReader("{}\n"), CaseJsonLines.OnError.FAIL_FAST);
        assertThatThrownBy(() -> reader.stream().count()).isInstanceOf(UncheckedIOException.class)
                .cause().isInstanceOfSatisfying(WorJsonException.class, e -> {
                    assertThat(e.lineNumber()).hasValue(1);
                    assertThat(e.path()).isEqualTo("/schemaVersion");
                });
    }

    @Test
    void aLineBeyondTheLimitIsRejectedWithoutBeingHeld() throws IOException {
        String huge = "{\"x\": \"" + "a".repeat((int) WorJson.MAX_DOCUMENT_LENGTH) + "\"}";
        String text = huge + "\n" + write(List.of(Case.empty()));
        CaseJsonLines.CaseReader reader = lines.reader(new StringReader(text), CaseJsonLines.OnError.SKIP_AND_REPORT);
        CaseJsonLines.Line first = reader.next();
        assertThat(first).isInstanceOfSatisfying(CaseJsonLines.Rejected.class, r -> {
            assertThat(r.number()).isEqualTo(1);
            assertThat(r.rule()).isEqualTo("limit-exceeded");
        });
        assertThat(reader.next()).isEqualTo(new CaseJsonLines.Accepted(2, Case.empty()));
        assertThat(reader.hasNext()).isFalse();
        assertThat(reader.read()).isEqualTo(2);
    }

    @Test
    void readingIsStreaming() throws IOException {
        // An endless source: a reader that never ends must still yield its first lines one by one.
        String line = write(List.of(Case.empty()));
        Reader endless = new Reader() {
            private int position;

            @Override
            public int read(char[] buffer, int offset, int length) {
                for (int i = 0; i < length; i++) {
                    buffer[offset + i] = line.charAt(position++ % line.length());
                }
                return length;
            }

            @Override
            public void close() {}
        };
        CaseJsonLines.CaseReader reader = lines.reader(endless, CaseJsonLines.OnError.FAIL_FAST);
        assertThat(reader.stream().limit(10_000)).hasSize(10_000).allMatch(CaseJsonLines.Accepted.class::isInstance);
        assertThat(reader.accepted()).isEqualTo(10_000);
    }

    @Test
    void anEmptyInputHasNoLines() throws IOException {
        CaseJsonLines.CaseReader reader = lines.reader(new StringReader(""), CaseJsonLines.OnError.FAIL_FAST);
        assertThat(reader.nextLine()).isNull();
        assertThat(reader.hasNext()).isFalse();
        assertThat(reader.read() + reader.blank()).isZero();
    }

    @Test
    void theLenientMapperSkipsUnknownPropertiesPerLine() throws IOException {
        CaseJsonLines lenient = CaseJsonLines.of(WorJson.newMapper(new WorModule().withLenientUnknownProperties()));
        String text = write(List.of(Case.empty())).replace("\"version\"", "\"archived\":true,\"version\"");
        assertThat(lenient.reader(new StringReader(text), CaseJsonLines.OnError.FAIL_FAST).next())
                .isEqualTo(new CaseJsonLines.Accepted(1, Case.empty()));
    }

    @Test
    void aMapperWithoutTheModuleIsRefused() {
        assertThatThrownBy(() -> CaseJsonLines.of(new ObjectMapper())).isInstanceOf(IllegalArgumentException.class);
    }
}
