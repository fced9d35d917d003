package org.openwor.core.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Looks up the Dutch and English texts of OpenWoR in the {@code org.openwor.core.internal.Messages}
 * resource bundle. Dutch is chosen for every locale whose language is Dutch, English for all others.
 */
public final class Messages {

    private static final String BUNDLE = "org.openwor.core.internal.Messages";

    private Messages() {}

    /**
     * Returns the text for a key.
     *
     * @param key the message key, not null
     * @param locale the reader's locale, not null
     * @return the text, never null
     * @throws IllegalStateException if the key is missing, a bug in the library
     */
    public static String text(String key, Locale locale) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(locale, "locale");
        Locale effective = "nl".equals(locale.getLanguage()) ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
        try {
            return ResourceBundle.getBundle(BUNDLE, effective).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No text for message key " + key, e);
        }
    }
}
