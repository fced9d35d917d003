package org.openwor.core;

import java.util.Locale;
import java.util.Objects;
import org.openwor.core.internal.Codes;
import org.openwor.core.internal.Messages;

/**
 * One of the six dimensions of the Positive Health spider web (<i>spinnenweb Positieve Gezondheid</i>),
 * each scored from 0 to 10.
 */
public enum PositiveHealthDimension implements Localized {
    /** Bodily functions (<i>lichaamsfuncties</i>). */
    BODILY_FUNCTIONS,
    /** Mental wellbeing (<i>mentaal welbevinden</i>). */
    MENTAL_WELLBEING,
    /** Meaningfulness (<i>zingeving</i>). */
    MEANINGFULNESS,
    /** Quality of life (<i>kwaliteit van leven</i>). */
    QUALITY_OF_LIFE,
    /** Participation (<i>meedoen</i>). */
    PARTICIPATION,
    /** Daily functioning (<i>dagelijks functioneren</i>). */
    DAILY_FUNCTIONING;

    /**
     * Returns the stable, lowercase code of this constant, as used on the wire.
     *
     * @return the code, such as {@code bodily-functions}
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
        return Messages.text("PositiveHealthDimension." + name(), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the lowercase code, such as {@code bodily-functions}, not null
     * @return the constant
     * @throws IllegalArgumentException if no constant has this code
     */
    public static PositiveHealthDimension fromCode(String code) {
        return Codes.fromCode(PositiveHealthDimension.class, code);
    }
}
