package org.openwor.core.workflow;

import java.util.Locale;
import java.util.Objects;
import org.openwor.core.Localized;
import org.openwor.core.internal.Codes;
import org.openwor.core.internal.Messages;

/** Why the workflow refused an event. The case is unchanged after every one of them. */
public enum RejectionReason implements Localized {
    /** The event is not allowed in the current state; the rejection lists what was expected. */
    NOT_ALLOWED_IN_STATE,
    /** The case is closed or consent was withdrawn: no event is accepted any more. */
    CASE_ENDED,
    /** The event is dated before the previous event: events come in date order. */
    OUT_OF_ORDER,
    /** The event is dated before the referral. */
    BEFORE_REFERRAL,
    /** Another event with the same id but different content was already applied. */
    CONFLICTING_EVENT_ID,
    /** Closing as completed needs an evaluation and feedback to the referrer (workflow policy). */
    COMPLETION_NEEDS_EVALUATION_AND_FEEDBACK,
    /** Other support of this kind was not started, or already finished. */
    NO_SUCH_OTHER_SUPPORT;

    /**
     * Returns the stable, lowercase code, as used on the wire.
     *
     * @return the code, such as {@code not-allowed-in-state}
     */
    @Override
    public String code() {
        return Codes.code(this);
    }

    /**
     * Returns the Dutch or English text.
     *
     * @param locale the reader's locale, not null
     * @return the text
     */
    @Override
    public String text(Locale locale) {
        return Messages.text("RejectionReason." + name(), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the lowercase code, not null
     * @return the constant
     * @throws IllegalArgumentException if no constant has this code
     */
    public static RejectionReason fromCode(String code) {
        return Codes.fromCode(RejectionReason.class, code);
    }
}
