package org.openwor.examples.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import org.openwor.core.eligibility.IneligibilityReason;
import org.openwor.core.indicator.IndicatorKey;

/**
 * The tool's own texts in Dutch and English ({@code texts.properties}, {@code texts_nl.properties});
 * the domain's texts (states, reasons, deadlines) come from wor-core.
 */
final class Texts {

    private final Locale locale;
    private final ResourceBundle bundle;

    Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.openwor.examples.cli.texts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    /**
     * Returns a text, formatted with the arguments in the reader's locale.
     *
     * @param key the key
     * @param args the arguments of its pattern
     * @return the text
     */
    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : String.format(locale, pattern, args);
    }

    /**
     * Returns the label of an indicator key: the indicator's name and, for a breakdown, its term.
     *
     * @param key the key
     * @return the label
     */
    String label(IndicatorKey key) {
        String name = bundle.containsKey("indicator." + key.indicator().code())
                ? bundle.getString("indicator." + key.indicator().code()) : key.indicator().code();
        // The reasons of ineligibility are whole sentences; a table shows their code instead.
        return key.breakdown().map(term -> name + ": " + (term instanceof IneligibilityReason ? term.code()
                : term.text(locale))).orElse(name);
    }
}
