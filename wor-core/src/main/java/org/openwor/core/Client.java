package org.openwor.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.openwor.core.internal.Checks;

/**
 * The referred person (<i>hulpvrager</i>, <i>cliënt</i>, <i>deelnemer</i>), held with no more data than
 * Welzijn op Recept needs: an opaque reference, the birth date, an optional region for reporting and,
 * only with consent, contact details.
 *
 * <p>The client reference is opaque: it must not be a citizen service number (BSN) and carries no
 * name. The birth date and contact details are personal data: {@link #toString()} redacts them and no
 * exception message of this library ever contains them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Client {

    Client() {}

    /**
     * Returns the opaque reference by which the referrer and the coach know this client: 1 to 64
     * printable characters, never a BSN.
     *
     * @return the client reference
     */
    public abstract String reference();

    /**
     * Returns the birth date. It is redacted from {@link #toString()}.
     *
     * @return the birth date
     */
    @Value.Redacted
    public abstract LocalDate birthDate();

    /**
     * Returns the CBS municipality code (<i>gemeentecode</i>) for regional reporting, such as
     * {@code GM0363} for Amsterdam.
     *
     * @return the municipality code, if recorded
     */
    public abstract Optional<String> municipalityCode();

    /**
     * Returns the four-digit postcode area (<i>postcodegebied</i>, PC4) for regional reporting, such as
     * {@code 4331}.
     *
     * @return the postcode area, if recorded
     */
    public abstract Optional<String> postcodeArea();

    /**
     * Returns the contact details, present only when the client consented to pass them to the coach.
     * They are redacted from {@link #toString()}.
     *
     * @return the contact details, if shared
     */
    @Value.Redacted
    public abstract Optional<ContactDetails> contactDetails();

    /**
     * Returns the age in whole years on a date: the number of birthdays passed.
     *
     * <p>The birthday itself counts: on the 18th birthday the age is 18. A person born on 29 February
     * has a birthday on 29 February in a leap year and on 1 March otherwise, so in a common year they
     * are still 17 on 28 February and turn 18 on 1 March. This is what
     * {@link java.time.Period#between(LocalDate, LocalDate)} computes.
     *
     * @param date the date, not null, not before the birth date
     * @return the age in whole years
     * @throws IllegalArgumentException if the date is before the birth date
     */
    public int ageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(birthDate())) {
            throw new IllegalArgumentException("date: must not be before the birth date");
        }
        return java.time.Period.between(birthDate(), date).getYears();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder for a client
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.require(isOpaqueReference(reference()), "reference", "client-reference-format",
                "a client reference is 1 to 64 printable characters without spaces at either end");
        Checks.require(!isBsn(reference()), "reference", "client-reference-not-bsn",
                "a client reference must be opaque, not a citizen service number (BSN)");
        municipalityCode().ifPresent(code -> Checks.require(code.matches("GM[0-9]{4}"),
                "municipalityCode", "municipality-code-format", "a CBS municipality code is GM and 4 digits"));
        postcodeArea().ifPresent(area -> Checks.require(area.matches("[1-9][0-9]{3}"),
                "postcodeArea", "postcode-area-format", "a postcode area is 4 digits from 1000 to 9999"));
    }

    private static boolean isOpaqueReference(String reference) {
        return !reference.isEmpty() && reference.length() <= 64 && reference.strip().equals(reference)
                && reference.chars().noneMatch(Character::isISOControl);
    }

    /** A BSN is nine digits that pass the eleven test (<i>elfproef</i>) with a last weight of -1. */
    private static boolean isBsn(String reference) {
        if (!reference.matches("[0-9]{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (reference.charAt(i) - '0');
        }
        sum -= reference.charAt(8) - '0';
        return sum % 11 == 0;
    }

    /** Builds a {@link Client}; a value is built only when every invariant holds. */
    public static final class Builder extends ImmutableClient.Builder {
        Builder() {}
    }
}
