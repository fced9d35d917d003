package org.openwor.core.workflow;

import java.util.Locale;
import java.util.Objects;
import org.openwor.core.Localized;
import org.openwor.core.internal.Codes;
import org.openwor.core.internal.Messages;

/**
 * Why a client stopped taking part in an activity. Seed 004 names what success depends on: the welcome,
 * the click with the others, the place and time, and continued participation.
 */
public enum StopReason implements Localized {
    /** The welcome or the click with the other participants was missing (<i>geen klik</i>). */
    NO_CLICK,
    /** The place, organisation or time did not suit (<i>ruimte, organisatie of tijdstip</i>). */
    PLACE_OR_TIME,
    /** The activity itself ended (<i>activiteit gestopt</i>). */
    ACTIVITY_ENDED,
    /** Health reasons (<i>gezondheid</i>). */
    HEALTH,
    /** The client lost interest (<i>geen interesse meer</i>). */
    LOST_INTEREST,
    /** Another reason (<i>andere reden</i>). */
    OTHER;

    /**
     * Returns the stable, lowercase code, as used on the wire.
     *
     * @return the code, such as {@code no-click}
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
        return Messages.text("StopReason." + name(), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the lowercase code, not null
     * @return the constant
     * @throws IllegalArgumentException if no constant has this code
     */
    public static StopReason fromCode(String code) {
        return Codes.fromCode(StopReason.class, code);
    }
}
