package org.openwor.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.Closeable;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The one exception of OpenWoR's JSON wire format: a document that cannot be read (or a value that
 * cannot be written), with the JSON path where it failed and the rule it broke.
 *
 * <p>It extends Jackson's {@link JsonMappingException}, so code that catches Jackson's exceptions
 * catches it too. Every problem a reader meets becomes this exception: unknown properties, missing
 * required ones, wrong types, invalid dates, out-of-range values, duplicate keys, malformed JSON,
 * exceeded limits, a structural invariant of wor-core (an {@link org.openwor.core.InvalidValueException})
 * and an event the case workflow refuses. Nothing partially built is ever returned.
 *
 * <p>The {@link #path() path} is a JSON Pointer (RFC 6901) relative to the OpenWoR document:
 * {@code ""} is the document itself, {@code /client/birthDate} a property, {@code /events/2} the third
 * event of a case. The {@link #rule() rule} is a stable lowercase code, listed in wor-json's README.
 *
 * <p>The message names the path and the rule and never contains a value from the document: a birth
 * date, a phone number or an e-mail address can never reach a log through it. For the same reason
 * Jackson's own exceptions, whose messages often quote the offending input, are translated rather
 * than wrapped, and the message does not include Jackson's source location.
 *
 * <p>This class is immutable and thread-safe, apart from the reference chain that Jackson may add
 * while the exception propagates through a bean that holds an OpenWoR value.
 */
public final class WorJsonException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    /** The explanation for bytes that are not text in the encoding Jackson detected. */
    static final String NOT_TEXT = "the bytes are not text in UTF-8, UTF-16 or UTF-32";

    /** The JSON Pointer to the value that failed. */
    private final String path;
    /** The stable code of the rule that failed. */
    private final String rule;
    /** What the rule requires, without the offending value. */
    private final String explanation;
    /** The line of a JSON Lines file, or 0 for a single document. */
    private final long lineNumber;

    private WorJsonException(Closeable processor, String path, String rule, String explanation, long lineNumber,
            Throwable cause) {
        super(processor, message(path, rule, explanation, lineNumber), cause);
        this.path = path;
        this.rule = rule;
        this.explanation = explanation;
        this.lineNumber = lineNumber;
    }

    /**
     * Creates the exception for a value that breaks a rule.
     *
     * @param processor the parser or generator, or null
     * @param path the JSON Pointer to the value, not null
     * @param rule the rule code, not null
     * @param explanation what the rule requires, never quoting the value, not null
     * @param cause a cause whose message is free of personal values, or null
     * @return the exception
     */
    static WorJsonException of(Closeable processor, String path, String rule, String explanation, Throwable cause) {
        return new WorJsonException(processor, Objects.requireNonNull(path, "path"), Objects.requireNonNull(rule, "rule"),
                Objects.requireNonNull(explanation, "explanation"), 0, cause);
    }

    /**
     * Translates one of Jackson's own exceptions, whose message may quote the input, into this type.
     * The path is taken from the context of the parser that failed.
     *
     * @param e the exception, not null
     * @param reading the parser of the document, for an exception that does not name its parser; or null
     * @return the translated exception, {@code e} itself if it already is one
     */
    static WorJsonException translate(JsonProcessingException e, JsonParser reading) {
        if (e instanceof WorJsonException wor) {
            return wor;
        }
        JsonParser parser = e.getProcessor() instanceof JsonParser p ? p : reading;
        String path = parser == null ? "" : parser.getParsingContext().pathAsPointer().toString();
        String message = String.valueOf(e.getOriginalMessage());
        String rule;
        String explanation;
        if (e instanceof StreamConstraintsException) {
            rule = "limit-exceeded";
            // Jackson's constraint messages hold only lengths and limits, never content.
            explanation = "the document exceeds a read limit: " + message;
        } else if (e instanceof InputCoercionException) {
            rule = "integer-range";
            explanation = "the number does not fit the integer it stands for";
        } else if (message.startsWith("Duplicate field")) {
            rule = "duplicate-key";
            explanation = "a property appears more than once in the same object";
        } else if (e instanceof JsonEOFException) {
            rule = "malformed-json";
            explanation = "the document ends in the middle of a value";
        } else if (message.startsWith(NOT_TEXT)) {
            rule = "malformed-json";
            explanation = NOT_TEXT;
        } else if (message.startsWith("No content to map")) {
            rule = "malformed-json";
            explanation = "the document is empty";
        } else if (message.startsWith("Trailing token")) {
            rule = "trailing-content";
            explanation = "there is more content after the document";
        } else {
            rule = "malformed-json";
            explanation = "the text is not well-formed JSON";
        }
        return new WorJsonException(parser, path, rule, explanation, 0, null);
    }

    /**
     * Creates the exception for bytes that are not text in the encoding Jackson detected (UTF-8, UTF-16
     * or UTF-32), such as a UTF-32 code above U+10FFFF. Jackson's message quotes the bytes, so it is not
     * kept.
     *
     * @param reading the parser of the document, or null
     * @return the exception, with rule {@code malformed-json}
     */
    static WorJsonException notText(JsonParser reading) {
        String path = reading == null ? "" : reading.getParsingContext().pathAsPointer().toString();
        return new WorJsonException(reading, path, "malformed-json", NOT_TEXT, 0, null);
    }

    /**
     * Returns a copy of this exception that names the line of a JSON Lines file it was read from.
     *
     * @param line the line number, 1 for the first line
     * @return the copy
     */
    WorJsonException atLine(long line) {
        return new WorJsonException(null, path, rule, explanation, line, getCause());
    }

    private static String message(String path, String rule, String explanation, long lineNumber) {
        return (lineNumber > 0 ? "line " + lineNumber + ", " : "") + (path.isEmpty() ? "document root" : path) + ": "
                + explanation + " (rule " + rule + ")";
    }

    /**
     * Returns the JSON Pointer (RFC 6901) to the value that failed, relative to the OpenWoR document
     * (or, for JSON Lines, to the document on the line).
     *
     * @return the path, such as {@code /client/birthDate}; {@code ""} for the document itself
     */
    public String path() {
        return path;
    }

    /**
     * Returns the stable code of the rule that failed.
     *
     * @return the rule, such as {@code date-format}, {@code unknown-property} or {@code score-range}
     */
    public String rule() {
        return rule;
    }

    /**
     * Returns what the rule requires, in English, without the offending value.
     *
     * @return the explanation
     */
    public String explanation() {
        return explanation;
    }

    /**
     * Returns the line of the JSON Lines file the failing document was read from.
     *
     * @return the line number, counted from 1; empty for a single document
     */
    public OptionalLong lineNumber() {
        return lineNumber > 0 ? OptionalLong.of(lineNumber) : OptionalLong.empty();
    }

    /**
     * Returns the message: the line (for JSON Lines), the path, the explanation and the rule. It never
     * contains a value from the document, nor Jackson's source excerpt.
     *
     * @return the message
     */
    @Override
    public String getMessage() {
        return getOriginalMessage();
    }

    /**
     * Returns the same text as {@link #getMessage()}.
     *
     * @return the message
     */
    @Override
    public String getLocalizedMessage() {
        return getOriginalMessage();
    }

    @Override
    public String toString() {
        return getClass().getName() + ": " + getOriginalMessage();
    }
}
