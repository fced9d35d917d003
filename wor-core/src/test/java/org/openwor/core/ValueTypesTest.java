package org.openwor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openwor.core.deadline.DayCounting;
import org.openwor.core.deadline.DutchHoliday;
import org.openwor.core.eligibility.FirstContact;
import org.openwor.core.eligibility.IneligibilityReason;

/** The small value types: AGB and ICPC codes, contact details, scores, the 4D model and the labels. */
class ValueTypesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "1234567a", " 12345678", ""})
    void anAgbCodeIsExactlyEightDigits(String code) {
        assertThatThrownBy(() -> AgbCode.of(code)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("agb-code-format"));
    }

    @Test
    void aValidAgbCodeKeepsItsDigits() {
        assertThat(AgbCode.of("01234567").value()).isEqualTo("01234567");
        assertThat(AgbCode.of("01234567")).isEqualTo(AgbCode.of("01234567"));
    }

    @Test
    void icpcZ68IsTheWelzijnOpReceptCode() {
        assertThat(IcpcCode.WELZIJN_OP_RECEPT.isWelzijnOpRecept()).isTrue();
        assertThat(IcpcCode.of("P02").isWelzijnOpRecept()).isFalse();
        assertThatThrownBy(() -> IcpcCode.of("z68")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void contactDetailsNeedAPhoneOrAnEmailAndAreRedacted() {
        assertThatThrownBy(() -> ContactDetails.builder().build()).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("contact-details-empty"));
        ContactDetails details = ContactDetails.builder().phone("+31 6 1234 5678").email("a.b@example.nl").build();
        assertThat(details.toString()).doesNotContain("1234", "example");
        assertThatThrownBy(() -> ContactDetails.builder().phone("call me").build())
                .hasMessageStartingWith("phone:").message().doesNotContain("call me");
        assertThatThrownBy(() -> ContactDetails.builder().email("not-an-address").build())
                .hasMessageStartingWith("email:").message().doesNotContain("not-an-address");
    }

    @Test
    void positiveHealthScoresAreZeroToTenOnAllSixDimensions() {
        PositiveHealthScores scores = PositiveHealthScores.of(0, 1, 2, 3, 4, 10);
        assertThat(scores.score(PositiveHealthDimension.DAILY_FUNCTIONING)).isEqualTo(10);
        assertThat(scores.scores().keySet()).containsExactly(PositiveHealthDimension.values());
        assertThatThrownBy(() -> PositiveHealthScores.of(0, 1, 2, 11, 4, 5))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("scores.quality-of-life");
                    assertThat(e.rule()).isEqualTo("score-range");
                });
        assertThatThrownBy(() -> PositiveHealthScores.of(-1, 1, 2, 3, 4, 5)).isInstanceOf(InvalidValueException.class);
        Map<PositiveHealthDimension, Integer> five = new EnumMap<>(PositiveHealthDimension.class);
        for (PositiveHealthDimension d : PositiveHealthDimension.values()) {
            five.put(d, 5);
        }
        five.remove(PositiveHealthDimension.MEANINGFULNESS);
        assertThatThrownBy(() -> PositiveHealthScores.of(five)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("score-missing"));
    }

    @Test
    void fourDomainPrioritiesAreDistinctAndConcernsRedacted() {
        FourDomainAssessment assessment = FourDomainAssessment.builder()
                .putConcerns(LifeDomain.SOCIAL, "mist haar man")
                .addPriorities(LifeDomain.SOCIAL, LifeDomain.BODY)
                .build();
        assertThat(assessment.toString()).doesNotContain("mist haar man");
        assertThatThrownBy(() -> FourDomainAssessment.builder().addPriorities(LifeDomain.BODY, LifeDomain.BODY).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("priorities"));
    }

    static Stream<Localized> everyLabel() {
        return Stream.of(ReferrerRole.values(), SocialSignal.values(), PositiveHealthDimension.values(),
                LifeDomain.values(), IneligibilityReason.values(), FirstContact.values(), DutchHoliday.values(),
                DayCounting.values()).flatMap(Stream::of);
    }

    @ParameterizedTest
    @MethodSource("everyLabel")
    void everyTermHasADutchAndAnEnglishTextAndARoundTrippingCode(Localized term) {
        String dutch = term.text(Locale.forLanguageTag("nl-NL"));
        String english = term.text(Locale.ENGLISH);
        assertThat(dutch).isNotBlank();
        assertThat(english).isNotBlank();
        assertThat(term.text(Locale.forLanguageTag("nl-BE"))).isEqualTo(dutch);
        assertThat(term.text(Locale.GERMAN)).isEqualTo(english);
        assertThat(term.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
        Enum<?> constant = (Enum<?>) term;
        assertThat(org.openwor.core.internal.Codes.fromCode(constant.getDeclaringClass().asSubclass(Enum.class),
                term.code())).isSameAs(term);
    }

    @Test
    void anUnknownCodeListsTheValidOnes() {
        assertThatThrownBy(() -> ReferrerRole.fromCode("surgeon")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gp").hasMessageContaining("physiotherapist");
        assertThat(SocialSignal.fromCode("sleep-problems")).isEqualTo(SocialSignal.SLEEP_PROBLEMS);
    }
}
