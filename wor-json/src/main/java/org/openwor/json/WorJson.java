package org.openwor.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The safe Jackson configuration for OpenWoR's wire format, in one call: {@link #newMapper()}.
 *
 * <p>The mapper registers {@link WorModule}, rejects duplicate keys in the parser
 * ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}), rejects content after the document
 * ({@link DeserializationFeature#FAIL_ON_TRAILING_TOKENS}), keeps the source out of error locations
 * ({@link StreamReadFeature#INCLUDE_SOURCE_IN_LOCATION} off) and sets {@link #streamReadConstraints()}
 * to limits that fit OpenWoR's documents, so that an oversized or hostile input fails fast:
 * <ul>
 *   <li>nesting depth at most {@value #MAX_NESTING_DEPTH}: the deepest document, a case, nests four
 *       levels (case, events, event, scores); the rest is room for a vendor's envelope;</li>
 *   <li>a string at most {@value #MAX_STRING_LENGTH} characters: the longest free text (concerns,
 *       wishes and needs) is 2,000 characters;</li>
 *   <li>a property name at most {@value #MAX_NAME_LENGTH} characters: the longest is 36;</li>
 *   <li>a number at most {@value #MAX_NUMBER_LENGTH} characters: every number is a small integer;</li>
 *   <li>a document at most {@value #MAX_DOCUMENT_LENGTH} bytes (1 MiB) and {@value #MAX_TOKEN_COUNT}
 *       tokens: a case with a thousand events fits easily. For bulk data use {@link CaseJsonLines},
 *       where the limits apply to each line.</li>
 * </ul>
 * Exceeding a limit is a {@link WorJsonException} with rule {@code limit-exceeded}.
 *
 * <p>When the mapper's {@code readValue} reads an OpenWoR type (or a collection of them), the few
 * problems that Jackson detects outside the module's deserializers, such as an empty document, text
 * that is not JSON at all and content after the document, are translated into a
 * {@link WorJsonException} too, so that no message quotes the input. Through an {@code ObjectReader}
 * these come as Jackson's own exceptions.
 *
 * <p>This class is a static utility; every method returns a new object.
 */
public final class WorJson {

    /** The maximum nesting depth of objects and arrays. */
    public static final int MAX_NESTING_DEPTH = 16;
    /** The maximum length of a string value, in characters. */
    public static final int MAX_STRING_LENGTH = 10_000;
    /** The maximum length of a property name, in characters. */
    public static final int MAX_NAME_LENGTH = 256;
    /** The maximum length of a number, in characters. */
    public static final int MAX_NUMBER_LENGTH = 32;
    /** The maximum length of a document, in bytes (or characters, when read from text): 1 MiB. */
    public static final long MAX_DOCUMENT_LENGTH = 1_048_576;
    /** The maximum number of tokens in a document. */
    public static final long MAX_TOKEN_COUNT = 250_000;

    private WorJson() {}

    /**
     * Returns a new mapper with the strict {@link WorModule} and the safe settings described above.
     *
     * @return a new mapper
     */
    public static ObjectMapper newMapper() {
        return newMapper(new WorModule());
    }

    /**
     * Returns a new mapper with a configured module, such as
     * {@code new WorModule().withLenientUnknownProperties()}, and the safe settings described above.
     *
     * @param module the module, not null
     * @return a new mapper
     */
    public static ObjectMapper newMapper(WorModule module) {
        Objects.requireNonNull(module, "module");
        JsonFactoryBuilder builder = new JsonFactoryBuilder();
        builder.streamReadConstraints(streamReadConstraints());
        builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        builder.disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION);
        JsonFactory factory = new SafeFactory(builder);
        ObjectMapper mapper = new SafeMapper(factory);
        mapper.registerModule(module);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        return mapper;
    }

    /**
     * A {@link JsonFactory} whose parsers of bytes report bytes that are not text in the encoding Jackson
     * detects (such as an unsupported UCS-4 byte order) as a {@link WorJsonException} with rule
     * {@code malformed-json}, without the bytes, instead of a {@link CharConversionException}. The parser
     * is created before the mapper knows the type to read, so this holds for every type.
     */
    private static final class SafeFactory extends JsonFactory {

        private static final long serialVersionUID = 1L;

        SafeFactory(JsonFactoryBuilder builder) {
            super(builder);
        }

        private SafeFactory(SafeFactory source) {
            super(source, null);
        }

        @Override
        public JsonFactory copy() {
            _checkInvalidCopy(SafeFactory.class);
            return new SafeFactory(this);
        }

        @Override
        protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
            try {
                return super._createParser(in, ctxt);
            } catch (CharConversionException e) {
                throw WorJsonException.notText(null);
            }
        }

        @Override
        protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
            try {
                return super._createParser(data, offset, len, ctxt);
            } catch (CharConversionException e) {
                throw WorJsonException.notText(null);
            }
        }
    }

    /**
     * A {@link JsonMapper} that translates Jackson's own reading errors about OpenWoR documents into
     * {@link WorJsonException}. Configure it like any mapper; {@link #copy()} keeps the translation.
     */
    private static final class SafeMapper extends JsonMapper {

        private static final long serialVersionUID = 1L;

        SafeMapper(JsonFactory factory) {
            super(factory);
        }

        private SafeMapper(SafeMapper source) {
            super(source);
        }

        @Override
        public JsonMapper copy() {
            _checkInvalidCopy(SafeMapper.class);
            return new SafeMapper(this);
        }

        @Override
        protected Object _readMapAndClose(JsonParser p, JavaType valueType) throws IOException {
            try {
                return super._readMapAndClose(p, valueType);
            } catch (JsonProcessingException e) {
                throw isWireType(valueType) ? WorJsonException.translate(e, p) : e;
            } catch (CharConversionException e) {
                throw isWireType(valueType) ? WorJsonException.notText(p) : e;
            }
        }

        @Override
        protected Object _readValue(DeserializationConfig config, JsonParser p, JavaType valueType)
                throws IOException {
            try {
                return super._readValue(config, p, valueType);
            } catch (JsonProcessingException e) {
                throw isWireType(valueType) ? WorJsonException.translate(e, p) : e;
            } catch (CharConversionException e) {
                throw isWireType(valueType) ? WorJsonException.notText(p) : e;
            }
        }

        private static boolean isWireType(JavaType type) {
            return type != null && (type.getRawClass().getName().startsWith("org.openwor.")
                    || isWireType(type.getContentType()));
        }
    }

    /**
     * Returns the read limits described above, for a vendor who builds their own {@link JsonFactory}.
     *
     * @return the constraints
     */
    public static StreamReadConstraints streamReadConstraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .maxTokenCount(MAX_TOKEN_COUNT)
                .build();
    }

    /**
     * Returns the pretty printer of the canonical form in which the example and golden documents are
     * kept: two spaces per level, {@code "\n"} line ends on every platform, {@code "name": value}.
     * Use it as {@code mapper.writer(WorJson.prettyPrinter())}.
     *
     * @return a new pretty printer
     */
    public static PrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
