package org.openwor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Client}: the opaque reference, the regional codes and the age on a date. */
class ClientTest {

    private static Client.Builder client(String reference) {
        return client(reference, LocalDate.of(1970, 1, 1));
    }

    private static Client.Builder client(String reference, LocalDate birthDate) {
        return Client.builder().reference(reference).birthDate(birthDate);
    }

    @Test
    void aBsnIsNeverAcceptedAsAClientReference() {
        // 111222333 passes the eleven test: 9*1+8*1+7*1+6*2+5*2+4*2+3*3+2*3-1*3 = 66 = 6*11.
        assertThatThrownBy(() -> client("111222333").build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.rule()).isEqualTo("client-reference-not-bsn");
                    assertThat(e.getMessage()).doesNotContain("111222333");
                });
        assertThat(client("111222334").build().reference()).isEqualTo("111222334");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " padded", "padded ", "line\nbreak",
        "0123456789012345678901234567890123456789012345678901234567890123456789"})
    void aClientReferenceIsOneTo64PrintableCharacters(String reference) {
        assertThatThrownBy(() -> client(reference).build()).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("reference:");
    }

    @Test
    void regionalCodesAreCheckedForShape() {
        assertThat(client("c").municipalityCode("GM0363").postcodeArea("1011").build().postcodeArea()).contains("1011");
        assertThatThrownBy(() -> client("c").municipalityCode("Amsterdam").build())
                .hasMessageStartingWith("municipalityCode:");
        assertThatThrownBy(() -> client("c").postcodeArea("0999").build()).hasMessageStartingWith("postcodeArea:");
    }

    @Property
    void ageOnTheNthBirthdayIsN(@ForAll @IntRange(min = 0, max = 120) int years,
            @ForAll @IntRange(min = 0, max = 365) int dayOfYear) {
        LocalDate birth = LocalDate.ofYearDay(1901, 1).plusDays(dayOfYear + 365L * 3);
        Client c = client("c", birth).build();
        LocalDate birthday = birth.plus(Period.ofYears(years));
        boolean leapling = birth.getMonthValue() == 2 && birth.getDayOfMonth() == 29;
        LocalDate celebrated = leapling && !birthday.isLeapYear() ? birthday.plusDays(1) : birthday;
        assertThat(c.ageOn(celebrated)).isEqualTo(years);
        if (years > 0) {
            assertThat(c.ageOn(celebrated.minusDays(1))).isEqualTo(years - 1);
        }
    }

    @Test
    void ageBeforeBirthIsRejectedWithoutEchoingTheBirthDate() {
        Client c = client("c").build();
        assertThatThrownBy(() -> c.ageOn(LocalDate.of(1969, 12, 31))).isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("1970");
    }
}
