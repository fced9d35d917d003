package org.openwor.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.openwor.core.Client;
import org.openwor.core.ContactDetails;
import org.openwor.core.LifeEvent;
import org.openwor.core.Referral;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.eligibility.EligibilityPolicy;
import org.openwor.core.indicator.IneligibleReferral;
import org.openwor.core.testing.ReferralExamples;
import org.openwor.core.testing.WorArbitraries;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;
import org.openwor.core.workflow.CaseWorkflow;

/**
 * No personal value leaks into a text that may reach a log: for generated referrals (the shared
 * arbitraries), neither the {@code toString()} of any value type that holds or is derived from personal
 * data, nor the message of any exception about such a value (construction errors of wor-core, reading
 * errors of wor-json, rejected JSON Lines) contains the client's birth date, in ISO or another common
 * notation, phone number or e-mail address.
 */
class PrivacyTest {

    /** A citizen service number (BSN) that passes the eleven test: never a client reference, never shown. */
    private static final String BSN = "111222333";

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of("yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy",
                    "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "yyyyMMdd", "ddMMyyyy", "yyyy/MM/dd").stream()
            .map(DateTimeFormatter::ofPattern).toList();

    private static final List<DateTimeFormatter> WRITTEN_DATES = List.of(
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL")),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));

    private final ObjectMapper mapper = WorJson.newMapper();
    private final ObjectMapper plain = new ObjectMapper().registerModule(new WorModule());

    @Provide
    Arbitrary<Referral> referrals() {
        return WorArbitraries.referrals();
    }

    /**
     * The personal values of a referral in every notation that must not appear.
     *
     * @param referral the referral
     * @return the texts to look for
     */
    static List<String> secrets(Referral referral) {
        List<String> secrets = new ArrayList<>();
        LocalDate birth = referral.client().birthDate();
        DATE_FORMATS.forEach(f -> secrets.add(f.format(birth)));
        WRITTEN_DATES.forEach(f -> secrets.add(f.format(birth)));
        referral.client().contactDetails().ifPresent(cd -> {
            cd.phone().ifPresent(secrets::add);
            cd.email().ifPresent(secrets::add);
        });
        secrets.add(BSN);
        return secrets;
    }

    @Property(tries = 300)
    void noPersonalValueInAnyTextOrMessage(@ForAll("referrals") Referral referral) throws IOException {
        // The referral date itself is not personal and is shown; a client born that day has a birth date
        // that cannot be told apart from it.
        Assume.that(!referral.client().birthDate().equals(referral.referralDate()));
        List<String> texts = new ArrayList<>();
        texts.addAll(valueTexts(referral));
        texts.addAll(constructionErrors(referral));
        texts.addAll(readingErrors(referral));
        List<String> secrets = secrets(referral);
        assertThat(texts).hasSizeGreaterThan(20);
        for (String text : texts) {
            for (String secret : secrets) {
                assertThat(text).as("a text about referral %s", referral.id()).doesNotContain(secret);
            }
        }
    }

    /** The examples of the shared fixtures, whose values the other privacy checks of wor-json look for. */
    @Test
    void theReadableExampleLeaksNothingEither() throws IOException {
        Referral referral = ReferralExamples.eligible().build();
        List<String> texts = new ArrayList<>(valueTexts(referral));
        texts.addAll(constructionErrors(referral));
        texts.addAll(readingErrors(referral));
        assertThat(secrets(referral)).contains("1958-11-02", "02-11-1958", "2 november 1958", ReferralExamples.PHONE,
                ReferralExamples.EMAIL);
        for (String text : texts) {
            for (String secret : secrets(referral)) {
                assertThat(text).doesNotContain(secret);
            }
        }
    }

    /** The look-for list really finds a leak: a text that holds the birth date in Dutch order fails. */
    @Test
    void theCheckFindsABirthDateInDutchOrder() {
        Referral referral = ReferralExamples.eligible().build();
        assertThat(secrets(referral)).anyMatch("geboren 02-11-1958"::contains).anyMatch("2-11-1958"::equals)
                .anyMatch("19581102"::equals);
    }

    /** The toString of every value type that holds, or is derived from, the referral. */
    private static List<String> valueTexts(Referral referral) {
        List<String> texts = new ArrayList<>();
        Client client = referral.client();
        texts.add(referral.toString());
        texts.add(client.toString());
        texts.add(referral.referrer().toString());
        client.contactDetails().map(ContactDetails::toString).ifPresent(texts::add);
        referral.lifeEvent().map(LifeEvent::toString).ifPresent(texts::add);
        referral.conversationTool().map(Object::toString).ifPresent(texts::add);
        EligibilityPolicy policy = EligibilityPolicy.defaults();
        EligibilityDecision decision = policy.evaluate(referral);
        texts.add(decision.toString());
        texts.add(policy.validate(referral).toString());
        texts.add(decision.summary(Locale.forLanguageTag("nl-NL")));
        texts.add(decision.summary(Locale.ENGLISH));
        if (decision instanceof EligibilityDecision.Eligible eligible) {
            CaseEvent.ReferralReceived received = CaseEvent.ReferralReceived.from("e1", referral.referralDate(),
                    referral, eligible, Optional.of("welzijn-oost"));
            texts.add(received.toString());
            Case c = CaseWorkflow.defaults().apply(Case.empty(), received).get();
            texts.add(c.toString());
            texts.add(c.events().toString());
            CaseWorkflow.defaults().apply(c, received).peekLeft(rejection -> {
                texts.add(rejection.toString());
                texts.add(rejection.message(Locale.ENGLISH));
            });
        } else if (decision instanceof EligibilityDecision.NotEligible notEligible) {
            texts.add(IneligibleReferral.from(referral, notEligible).toString());
        }
        return texts;
    }

    /** The messages of wor-core's errors about values of the referral. */
    private static List<String> constructionErrors(Referral referral) {
        List<String> texts = new ArrayList<>();
        Client client = referral.client();
        LocalDate birth = client.birthDate();
        String phone = client.contactDetails().flatMap(ContactDetails::phone).orElse("0612345678");
        String email = client.contactDetails().flatMap(ContactDetails::email).orElse("a@example.nl");
        texts.add(messageOf(() -> ContactDetails.builder().phone(phone + "?").build()));
        texts.add(messageOf(() -> ContactDetails.builder().phone("x" + phone).email(email).build()));
        texts.add(messageOf(() -> ContactDetails.builder().email(email.replace("@", "")).build()));
        texts.add(messageOf(() -> ContactDetails.builder().email(email + "@" + email).build()));
        texts.add(messageOf(() -> clientOf(client, BSN, client.contactDetails())));
        texts.add(messageOf(() -> client.ageOn(birth.minusDays(1))));
        texts.add(messageOf(() -> rebuild(referral, birth.minusDays(1), referral.consentToShareContactDetails(),
                referral.lifeEvent())));
        texts.add(messageOf(() -> rebuild(referral, referral.referralDate(), referral.consentToShareContactDetails(),
                Optional.of(LifeEvent.of(false, birth.minusDays(1))))));
        texts.add(messageOf(() -> rebuild(referral, referral.referralDate(), referral.consentToShareContactDetails(),
                Optional.of(LifeEvent.of(false, referral.referralDate().plusDays(1))))));
        if (client.contactDetails().isPresent()) {
            texts.add(messageOf(() -> rebuild(referral, referral.referralDate(), false, referral.lifeEvent())));
        }
        return texts;
    }

    /** The messages of wor-json's errors about documents that hold the referral's values, wrongly. */
    private List<String> readingErrors(Referral referral) throws IOException {
        String json = mapper.writeValueAsString(referral);
        LocalDate birth = referral.client().birthDate();
        String iso = birth.toString();
        assertThat(json).as("compact JSON, which the changes below expect").contains("\"birthDate\":\"" + iso + "\"");
        List<String> bad = new ArrayList<>();
        bad.add(json.replace("\"" + iso + "\"", "\"" + iso + "T10:00:00Z\""));
        bad.add(json.replace("\"" + iso + "\"", "\"" + DateTimeFormatter.ofPattern("dd-MM-yyyy").format(birth) + "\""));
        bad.add(json.replace("\"" + iso + "\"", DateTimeFormatter.BASIC_ISO_DATE.format(birth)));
        bad.add(json.replace("\"" + iso + "\"", iso));
        bad.add(json.replace("\"" + iso + "\"", "\"" + iso + " \""));
        bad.add(json.replace("\"birthDate\":", "\"birthDate\":\"" + iso + "\",\"birthDate\":"));
        bad.add(json.replace("\"birthDate\":", "\"geboortedatum\":\"" + iso + "\",\"birthDate\":"));
        bad.add(json.replace("\"referralDate\":\"" + referral.referralDate() + "\"",
                "\"referralDate\":\"" + birth.minusDays(1) + "\""));
        bad.add(json.substring(0, json.indexOf(iso) + iso.length()));
        bad.add(json.substring(0, json.indexOf(iso) + 4));
        bad.add(json + " " + iso);
        bad.add("[" + json + "]");
        bad.add(json.replace("\"reference\":\"" + referral.client().reference() + "\"", "\"reference\":\"" + BSN + "\""));
        referral.client().contactDetails().ifPresent(cd -> {
            cd.phone().ifPresent(phone -> {
                bad.add(json.replace("\"" + phone + "\"", "\"" + phone + "x\""));
                bad.add(json.replace("\"" + phone + "\"", phone));
                bad.add(json.replace("\"" + phone + "\"", phone.substring(1)));
                bad.add(json.replace("\"" + phone + "\"", "[\"" + phone + "\"]"));
            });
            cd.email().ifPresent(email -> {
                bad.add(json.replace("\"" + email + "\"", "\"" + email.replace("@", " at ") + "\""));
                bad.add(json.replace("\"" + email + "\"", "{\"address\":\"" + email + "\"}"));
            });
            bad.add(json.replace("\"consentToShareContactDetails\":true", "\"consentToShareContactDetails\":false"));
        });
        List<String> texts = new ArrayList<>();
        for (String document : bad) {
            assertThat(document).as("a changed document").isNotEqualTo(json);
            texts.addAll(errorTexts(document, () -> mapper.readValue(document, Referral.class)));
            if (!document.startsWith(json)) { // without the safe mapper's setting, trailing content is ignored
                texts.addAll(errorTexts(document, () -> plain.readValue(document, Referral.class)));
            }
            texts.addAll(errorTexts(document, () -> mapper.readValue(document, Case.class)));
        }
        StringBuilder lines = new StringBuilder();
        bad.forEach(document -> lines.append(document.replace('\n', ' ')).append('\n'));
        lines.append(json).append('\n');
        try (CaseJsonLines.CaseReader reader = CaseJsonLines.defaults().reader(new StringReader(lines.toString()),
                CaseJsonLines.OnError.SKIP_AND_REPORT)) {
            reader.stream().forEach(line -> {
                assertThat(line).isInstanceOf(CaseJsonLines.Rejected.class);
                texts.add(line.toString());
                texts.add(((CaseJsonLines.Rejected) line).message());
            });
            assertThat(reader.rejected()).isEqualTo(bad.size() + 1);
        }
        texts.addAll(errorTexts("the lines", () -> CaseJsonLines.defaults()
                .reader(new StringReader(lines.toString()), CaseJsonLines.OnError.FAIL_FAST).nextLine()));
        return texts;
    }

    /** Every text of a reading error: message, toString and localized message along the cause chain. */
    private static List<String> errorTexts(String document, ThrowingSupplier read) {
        Throwable thrown = null;
        try {
            read.get();
        } catch (Exception e) {
            thrown = e;
        }
        assertThat(thrown).as("a reading error for %s", document).isInstanceOf(WorJsonException.class);
        List<String> texts = new ArrayList<>();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            texts.add(String.valueOf(t.getMessage()));
            texts.add(t.toString());
            texts.add(String.valueOf(t.getLocalizedMessage()));
            texts.add(((t instanceof WorJsonException w) ? w.path() + " " + w.explanation() : ""));
        }
        return texts;
    }

    private static String messageOf(Supplier<?> build) {
        try {
            build.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            assertThat(e.getMessage()).isNotBlank();
            return e.getMessage() + " " + e;
        }
        throw new AssertionError("no error for an invalid value");
    }

    private static Client clientOf(Client client, String reference, Optional<ContactDetails> contactDetails) {
        return Client.builder().reference(reference).birthDate(client.birthDate())
                .municipalityCode(client.municipalityCode()).postcodeArea(client.postcodeArea())
                .contactDetails(contactDetails).build();
    }

    private static Referral rebuild(Referral r, LocalDate referralDate, boolean consentToShare,
            Optional<LifeEvent> lifeEvent) {
        Referral.Builder builder = Referral.builder().id(r.id()).referralDate(referralDate).referrer(r.referrer())
                .client(r.client()).addAllSignals(r.signals()).conversationTool(r.conversationTool())
                .lifeEvent(lifeEvent).unstablePsychiatricOrComplexProblems(r.unstablePsychiatricOrComplexProblems())
                .concreteCareRequest(r.concreteCareRequest()).motivated(r.motivated())
                .consentToReferral(r.consentToReferral()).consentToShareContactDetails(consentToShare)
                .registrationCode(r.registrationCode());
        r.visitsLast12Months().ifPresent(builder::visitsLast12Months);
        return builder.build();
    }

    /** A read that may throw. */
    @FunctionalInterface
    private interface ThrowingSupplier {
        /**
         * Reads.
         *
         * @return what was read
         * @throws Exception any error
         */
        Object get() throws Exception;
    }
}
