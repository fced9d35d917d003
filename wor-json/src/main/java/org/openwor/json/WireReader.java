package org.openwor.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserSequence;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;

/**
 * The parser and the reading configuration, shared by the codecs while one document is read.
 * Not thread-safe: one instance per document.
 */
final class WireReader {

    private final JsonParser parser;
    private final boolean lenient;

    WireReader(JsonParser parser, boolean lenient) {
        this.parser = parser;
        this.lenient = lenient;
    }

    /**
     * Returns the parser.
     *
     * @return the parser
     */
    JsonParser parser() {
        return parser;
    }

    /**
     * Tells whether unknown properties are skipped instead of rejected.
     *
     * @return true in lenient mode
     */
    boolean lenient() {
        return lenient;
    }

    /**
     * Returns a buffer for the properties that precede a discriminator.
     *
     * @return an empty token buffer
     */
    TokenBuffer buffer() {
        return new TokenBuffer(parser);
    }

    /**
     * Returns a reader that first replays buffered properties and then goes on with this parser.
     *
     * @param buffered the properties read ahead, not null
     * @return the reader
     */
    WireReader replaying(TokenBuffer buffered) {
        return new WireReader(JsonParserSequence.createFlattened(false, buffered.asParser(parser), parser), lenient);
    }

    /**
     * Returns the error for a value that breaks a rule.
     *
     * @param at where the value is, not null
     * @param rule the rule code, not null
     * @param explanation what the rule requires, never quoting the value, not null
     * @return the exception, to be thrown by the caller
     */
    WorJsonException error(Pointer at, String rule, String explanation) {
        return WorJsonException.of(parser, at.toString(), rule, explanation, null);
    }

    /**
     * Checks the type of the current token.
     *
     * @param at where the value is, not null
     * @param expected the token the value must start with
     * @param what the expected value in words, such as {@code "a string"}
     * @throws WorJsonException with rule {@code wrong-type} if the token is another one
     */
    void expect(Pointer at, JsonToken expected, String what) throws WorJsonException {
        if (parser.currentToken() != expected) {
            throw wrongType(at, what);
        }
    }

    /**
     * Returns the error for a value of the wrong JSON type.
     *
     * @param at where the value is, not null
     * @param what the expected value in words
     * @return the exception, to be thrown by the caller
     */
    WorJsonException wrongType(Pointer at, String what) {
        return error(at, "wrong-type", "expected " + what + ", found " + describe(parser.currentToken()));
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "another token";
        };
    }
}
