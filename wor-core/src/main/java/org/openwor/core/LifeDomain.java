package org.openwor.core;

import java.util.Locale;
import java.util.Objects;
import org.openwor.core.internal.Codes;
import org.openwor.core.internal.Messages;

/**
 * One of the four domains of the four-domain model (<i>4 domeinenmodel</i>, 4D): concerns and
 * priorities are recorded per domain; the domains are not scored.
 */
public enum LifeDomain implements Localized {
    /** Body (<i>lichaam</i>). */
    BODY,
    /** Mind (<i>psyche</i>). */
    MIND,
    /** Social life (<i>sociaal</i>). */
    SOCIAL,
    /** Society: work, money, housing (<i>maatschappij</i>). */
    SOCIETAL;

    /**
     * Returns the stable, lowercase code of this constant, as used on the wire.
     *
     * @return the code, such as {@code body}
     */
    @Override
    public String code() {
        return Codes.code(this);
    }

    /**
     * Returns the Dutch or English label of this constant.
     *
     * @param locale the reader's locale, not null
     * @return the label, never null
     */
    @Override
    public String text(Locale locale) {
        return Messages.text("LifeDomain." + name(), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the lowercase code, such as {@code body}, not null
     * @return the constant
     * @throws IllegalArgumentException if no constant has this code
     */
    public static LifeDomain fromCode(String code) {
        return Codes.fromCode(LifeDomain.class, code);
    }
}
