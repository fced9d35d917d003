package org.openwor.core.workflow;

import java.util.Locale;
import java.util.Objects;
import org.openwor.core.Localized;
import org.openwor.core.internal.Codes;
import org.openwor.core.internal.Messages;

/**
 * Another track that must come first or run alongside Welzijn op Recept, as the coach checks at the
 * intake (seed 004): financial problems, safety, housing, or skills needed for the pathway.
 */
public enum OtherTrackKind implements Localized {
    /** Financial problems (<i>financiële problematiek</i>). */
    FINANCIAL,
    /** Safety (<i>veiligheid</i>). */
    SAFETY,
    /** Housing (<i>huisvesting</i>). */
    HOUSING,
    /** Skills needed for the pathway (<i>vaardigheden</i>). */
    SKILLS;

    /**
     * Returns the stable, lowercase code, as used on the wire.
     *
     * @return the code, such as {@code financial}
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
        return Messages.text("OtherTrackKind." + name(), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the lowercase code, not null
     * @return the constant
     * @throws IllegalArgumentException if no constant has this code
     */
    public static OtherTrackKind fromCode(String code) {
        return Codes.fromCode(OtherTrackKind.class, code);
    }
}
