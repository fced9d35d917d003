package org.openwor.core;

import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.openwor.core.internal.Checks;

/**
 * How the wellbeing coach can reach the client: a phone number, an e-mail address or both.
 *
 * <p>Contact details are personal data. A referral may carry them only when the client consented to
 * pass them to the coach (seed 004), and {@link #toString()} never shows them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContactDetails {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,19}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    ContactDetails() {}

    /**
     * Returns the phone number, if given: digits, optionally a leading {@code +}, spaces, hyphens and
     * parentheses, at most 20 characters.
     *
     * @return the phone number
     */
    @Value.Redacted
    public abstract Optional<String> phone();

    /**
     * Returns the e-mail address, if given.
     *
     * @return the e-mail address
     */
    @Value.Redacted
    public abstract Optional<String> email();

    /**
     * Returns a new builder.
     *
     * @return a builder for contact details
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.require(phone().isPresent() || email().isPresent(), "contactDetails",
                "contact-details-empty", "contact details need a phone number or an e-mail address");
        phone().ifPresent(p -> Checks.require(PHONE.matcher(p).matches()
                        && p.chars().filter(Character::isDigit).count() >= 6,
                "phone", "phone-format", "a phone number has 6 to 15 digits and only + ( ) - or spaces besides"));
        email().ifPresent(e -> Checks.require(e.length() <= 254 && EMAIL.matcher(e).matches(),
                "email", "email-format", "an e-mail address has the form name@domain.tld"));
    }

    /** Builds {@link ContactDetails}; a value is built only when every invariant holds. */
    public static final class Builder extends ImmutableContactDetails.Builder {
        Builder() {}
    }
}
