package org.openwor.examples.cli;

import org.openwor.json.WorJsonException;

/**
 * Bad input: a file that cannot be read, or a document or line that breaks a rule. Its message is one
 * sentence that names the file (and the line, the JSON path and the rule) and never a value from it.
 */
final class BadInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadInput(String message) {
        super(message);
    }

    BadInput(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Returns the error for a document that breaks a rule of the wire format.
     *
     * @param file the file name as given
     * @param e the error, whose message has the line, path and rule and no value
     * @return the error
     */
    static BadInput of(String file, WorJsonException e) {
        return new BadInput(file + ": " + e.getMessage() + ".", e);
    }
}
