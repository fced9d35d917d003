package org.openwor.core;

import java.util.Locale;

/**
 * A domain term or message that OpenWoR can show to people in Dutch or English.
 *
 * <p>Dutch is used for every locale whose language is Dutch ({@code nl}, {@code nl-NL},
 * {@code nl-BE}); English for every other locale. A host application can therefore pass the locale of
 * the GP or coach who reads the text.
 */
public interface Localized {

    /**
     * Returns a stable, lowercase code for this term, suitable for storage and exchange.
     *
     * @return the code, never null
     */
    String code();

    /**
     * Returns the text of this term in the reader's language.
     *
     * @param locale the reader's locale, not null
     * @return the Dutch or English text, never null
     */
    String text(Locale locale);
}
