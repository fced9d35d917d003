package org.openwor.core.workflow;

import java.util.Locale;
import java.util.Objects;
import org.openwor.core.Localized;
import org.openwor.core.internal.Codes;
import org.openwor.core.internal.Messages;

/** The client's own verdict at the evaluation (<i>evaluatiegesprek</i>): how they are doing compared with the start. */
public enum ClientVerdict implements Localized {
    /** Better than at the start (<i>beter</i>). */
    IMPROVED,
    /** About the same (<i>hetzelfde</i>). */
    UNCHANGED,
    /** Worse than at the start (<i>slechter</i>). */
    WORSENED;

    /**
     * Returns the stable, lowercase code, as used on the wire.
     *
     * @return the code, such as {@code improved}
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
        return Messages.text("ClientVerdict." + name(), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the lowercase code, not null
     * @return the constant
     * @throws IllegalArgumentException if no constant has this code
     */
    public static ClientVerdict fromCode(String code) {
        return Codes.fromCode(ClientVerdict.class, code);
    }
}
