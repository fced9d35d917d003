package org.openwor.core.eligibility;

import java.util.Locale;
import java.util.Objects;
import org.openwor.core.Localized;
import org.openwor.core.internal.Codes;
import org.openwor.core.internal.Messages;

/**
 * Who makes the first contact after an eligible referral. The coach can only call the client when the
 * client consented to pass on their contact details (seed 004); otherwise the client contacts the coach.
 */
public enum FirstContact implements Localized {
    /** The wellbeing coach contacts the client (contact details were shared with consent). */
    COACH_CONTACTS_CLIENT,
    /** The client contacts the wellbeing coach (no consent to share contact details). */
    CLIENT_CONTACTS_COACH;

    /**
     * Returns the stable, lowercase code, as used on the wire.
     *
     * @return the code, such as {@code coach-contacts-client}
     */
    @Override
    public String code() {
        return Codes.code(this);
    }

    /**
     * Returns who makes first contact, as a sentence.
     *
     * @param locale the reader's locale, not null
     * @return the Dutch or English text
     */
    @Override
    public String text(Locale locale) {
        return Messages.text("FirstContact." + name(), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the lowercase code, not null
     * @return the constant
     * @throws IllegalArgumentException if no constant has this code
     */
    public static FirstContact fromCode(String code) {
        return Codes.fromCode(FirstContact.class, code);
    }
}
