package org.openwor.core.workflow;

import java.util.Locale;
import java.util.Objects;
import org.openwor.core.Localized;
import org.openwor.core.internal.Codes;
import org.openwor.core.internal.Messages;

/** Whether another track must come before the Welzijn op Recept pathway or can run alongside it (seed 004). */
public enum TrackTiming implements Localized {
    /** The other track must come first: the case is on hold (<i>voorafgaand</i>). */
    BEFORE,
    /** The other track runs alongside the activity (<i>naast</i>). */
    ALONGSIDE;

    /**
     * Returns the stable, lowercase code, as used on the wire.
     *
     * @return the code, such as {@code before}
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
        return Messages.text("TrackTiming." + name(), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the lowercase code, not null
     * @return the constant
     * @throws IllegalArgumentException if no constant has this code
     */
    public static TrackTiming fromCode(String code) {
        return Codes.fromCode(TrackTiming.class, code);
    }
}
