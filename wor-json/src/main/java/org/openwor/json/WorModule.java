package org.openwor.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.io.IOException;
import java.util.List;
import org.openwor.core.LifeDomain;
import org.openwor.core.Localized;
import org.openwor.core.PositiveHealthDimension;
import org.openwor.core.ReferrerRole;
import org.openwor.core.SocialSignal;
import org.openwor.core.eligibility.FirstContact;
import org.openwor.core.eligibility.IneligibilityReason;

/**
 * The Jackson 2 module of OpenWoR.
 *
 * <p>The enums of OpenWoR are written as their stable lowercase codes ({@code referrer-role} values
 * such as {@code practice-nurse-mental-health}), never as Java constant names that a refactoring
 * would change; an unknown code is a mapping error that lists the valid ones.
 *
 * <p>Register it with {@code new ObjectMapper().registerModule(new WorModule())}, or let
 * {@code findAndRegisterModules()} find it: the module is listed in
 * {@code META-INF/services/com.fasterxml.jackson.databind.Module} and provided in {@code module-info}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorModule extends com.fasterxml.jackson.databind.Module {

    /** The unique name of this module, as Jackson uses it to avoid registering it twice. */
    public static final String NAME = "org.openwor.json.WorModule";

    private static final List<Class<? extends Enum<?>>> CODED_ENUMS = List.of(ReferrerRole.class,
            SocialSignal.class, PositiveHealthDimension.class, LifeDomain.class, IneligibilityReason.class,
            FirstContact.class);

    /** Creates the module with its default configuration. */
    public WorModule() {}

    @Override
    public String getModuleName() {
        return NAME;
    }

    @Override
    public Object getTypeId() {
        return NAME;
    }

    @Override
    public Version version() {
        return new Version(0, 1, 0, "SNAPSHOT", "org.openwor", "wor-json");
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        for (Class<? extends Enum<?>> type : CODED_ENUMS) {
            register(type, serializers, deserializers);
        }
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void register(Class<? extends Enum<?>> type, SimpleSerializers serializers,
            SimpleDeserializers deserializers) {
        serializers.addSerializer((Class) type, new CodeSerializer());
        deserializers.addDeserializer((Class) type, new CodeDeserializer(type));
    }

    /** Writes an OpenWoR enum as its code. */
    static final class CodeSerializer extends JsonSerializer<Localized> {
        @Override
        public void serialize(Localized value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.code());
        }
    }

    /** Reads an OpenWoR enum from its code. */
    static final class CodeDeserializer extends JsonDeserializer<Enum<?>> {
        private final Class<? extends Enum<?>> type;

        CodeDeserializer(Class<? extends Enum<?>> type) {
            this.type = type;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Enum<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Enum<?>) ctxt.handleUnexpectedToken(type, p);
            }
            String code = p.getText();
            try {
                return org.openwor.core.internal.Codes.fromCode((Class) type, code);
            } catch (IllegalArgumentException e) {
                return (Enum<?>) ctxt.handleWeirdStringValue(type, code, e.getMessage());
            }
        }
    }
}
