package org.openwor.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schema files shipped in wor-json's jar, loaded from the class path with a real validator
 * (networknt json-schema-validator, draft 2020-12), as a non-Java integrator would use them.
 */
final class Schemas {

    /** The base of the schemas' {@code $id}s. */
    static final String BASE = "https://openwor.github.io/schema/1/";
    /** Where the schema files are on the class path. */
    static final String CLASSPATH = "org/openwor/json/schema/";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, "classpath:" + CLASSPATH)));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final ObjectMapper TREES = new ObjectMapper();

    private Schemas() {}

    /**
     * Validates a document.
     *
     * @param schema the schema file name, such as {@code case.schema.json}
     * @param json the document
     * @return the validation messages, empty when the document is valid
     */
    static List<String> errors(String schema, String json) {
        JsonNode node;
        try {
            node = TREES.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SCHEMAS.computeIfAbsent(schema, name -> FACTORY.getSchema(SchemaLocation.of(BASE + name), CONFIG))
                .validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /**
     * Returns the schema file of a top-level type.
     *
     * @param type the type
     * @return the file name
     */
    static String of(Class<?> type) {
        return Map.<Class<?>, String>of(org.openwor.core.Referral.class, "referral.schema.json",
                org.openwor.core.eligibility.EligibilityDecision.class, "eligibility-decision.schema.json",
                org.openwor.core.workflow.Case.class, "case.schema.json",
                org.openwor.core.workflow.CaseEvent.class, "case-event.schema.json",
                org.openwor.core.indicator.IndicatorReport.class, "indicator-report.schema.json",
                org.openwor.core.indicator.PublishedReport.class, "published-report.schema.json",
                org.openwor.core.deadline.WorklistItem[].class, "worklist.schema.json").get(type);
    }
}
