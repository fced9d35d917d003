package org.openwor.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openwor.core.Localized;
import org.openwor.core.LifeDomain;
import org.openwor.core.PositiveHealthDimension;
import org.openwor.core.Referral;
import org.openwor.core.ReferrerRole;
import org.openwor.core.SocialSignal;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.eligibility.EligibilityPolicy;
import org.openwor.core.eligibility.FirstContact;
import org.openwor.core.eligibility.IneligibilityReason;
import org.openwor.core.internal.Codes;
import org.openwor.core.workflow.ActivityCategory;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;
import org.openwor.core.workflow.CaseState;
import org.openwor.core.workflow.ClientVerdict;
import org.openwor.core.workflow.ClosureReason;
import org.openwor.core.workflow.EventType;
import org.openwor.core.workflow.FhirTaskStatus;
import org.openwor.core.workflow.OtherTrackKind;
import org.openwor.core.workflow.StopReason;
import org.openwor.core.workflow.TrackTiming;
import org.openwor.json.WireArbitraries.Cases;
import org.openwor.json.WireArbitraries.Events;
import org.openwor.json.WireArbitraries.Referrals;

/**
 * The JSON Schema (2020-12) files in wor-json's jar agree with the module: every golden document and
 * every document the module writes is valid, documents with structural mistakes are not, and the code
 * lists are the codes of wor-core's enums.
 */
class JsonSchemaTest {

    private final ObjectMapper mapper = WorJson.newMapper();

    @ParameterizedTest
    @ValueSource(strings = {"common", "referral", "eligibility-decision", "case-event", "case", "indicator-report",
        "published-report", "worklist"})
    void everySchemaShipsInTheJarUnderItsId(String name) throws Exception {
        try (InputStream in = WorModule.class.getClassLoader()
                .getResourceAsStream(Schemas.CLASSPATH + name + ".schema.json")) {
            assertThat(in).isNotNull();
            JsonNode schema = new ObjectMapper().readTree(in);
            assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.get("$id").asText()).isEqualTo(Schemas.BASE + name + ".schema.json");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"referral.json", "eligibility-decision.json", "case.json", "case-event.json",
        "indicator-report.json", "published-report.json", "worklist.json"})
    void everyGoldenDocumentIsValid(String name) {
        assertThat(Schemas.errors(Schemas.of(Documents.type(name)), Documents.read(name))).isEmpty();
    }

    @Property(tries = 200)
    void everyWrittenReferralAndDecisionIsValid(@ForAll(supplier = Referrals.class) Referral referral) throws Exception {
        assertThat(Schemas.errors("referral.schema.json", mapper.writeValueAsString(referral))).isEmpty();
        EligibilityDecision decision = EligibilityPolicy.defaults().evaluate(referral);
        assertThat(Schemas.errors("eligibility-decision.schema.json", mapper.writeValueAsString(decision))).isEmpty();
    }

    @Property(tries = 200)
    void everyWrittenEventIsValid(@ForAll(supplier = Events.class) CaseEvent event) throws Exception {
        assertThat(Schemas.errors("case-event.schema.json", mapper.writeValueAsString(event))).isEmpty();
    }

    @Property(tries = 200)
    void everyWrittenCaseIsValid(@ForAll(supplier = Cases.class) Case value) throws Exception {
        assertThat(Schemas.errors("case.schema.json", mapper.writeValueAsString(value))).isEmpty();
    }

    @Test
    void theEmptyCaseIsValidAndACaseWithEventsNeedsItsId() throws Exception {
        assertThat(Schemas.errors("case.schema.json", mapper.writeValueAsString(Case.empty()))).isEmpty();
        String withoutId = Documents.read("case.json").replace("\"caseId\": \"HA-2026-0042\",", "");
        assertThat(Schemas.errors("case.schema.json", withoutId)).isNotEmpty();
    }

    @Test
    void anUnknownPropertyInAnEventInsideACaseIsInvalid() {
        String json = Documents.read("case.json").replace("\"reached\": false", "\"reached\": false, \"extra\": 1");
        assertThat(Schemas.errors("case.schema.json", json)).isNotEmpty();
        String versioned = Documents.read("case.json").replace("\"reached\": false", "\"reached\": false, \"schemaVersion\": 1");
        assertThat(Schemas.errors("case.schema.json", versioned)).isNotEmpty();
    }

    @Test
    void aCaseEventOnItsOwnNeedsItsSchemaVersionAndNoOtherProperty() {
        String json = Documents.read("case-event.json");
        assertThat(Schemas.errors("case-event.schema.json", json.replace("\"schemaVersion\": 1,", ""))).isNotEmpty();
        assertThat(Schemas.errors("case-event.schema.json", json.replace("\"id\"", "\"extra\": true, \"id\""))).isNotEmpty();
        assertThat(Schemas.errors("case-event.schema.json", json.replace("intake-held", "feedback-sent"))).isNotEmpty();
    }

    @Test
    void theCodeListsAreTheCodesOfTheEnums() throws Exception {
        JsonNode defs;
        try (InputStream in = WorModule.class.getClassLoader()
                .getResourceAsStream(Schemas.CLASSPATH + "common.schema.json")) {
            defs = new ObjectMapper().readTree(in).get("$defs");
        }
        List<Class<? extends Enum<?>>> enums = List.of(ReferrerRole.class, SocialSignal.class,
                PositiveHealthDimension.class, LifeDomain.class, IneligibilityReason.class, FirstContact.class,
                ActivityCategory.class, CaseState.class, ClientVerdict.class, ClosureReason.class, EventType.class,
                FhirTaskStatus.class, OtherTrackKind.class, StopReason.class, TrackTiming.class);
        for (Class<? extends Enum<?>> type : enums) {
            String name = type.getSimpleName().substring(0, 1).toLowerCase(Locale.ROOT) + type.getSimpleName().substring(1);
            List<String> listed = new ArrayList<>();
            defs.get(name).get("enum").forEach(node -> listed.add(node.asText()));
            List<String> codes = new ArrayList<>();
            for (Enum<?> constant : type.getEnumConstants()) {
                codes.add(constant instanceof Localized l ? l.code() : Codes.code(constant));
            }
            assertThat(listed).as(name).isEqualTo(codes);
        }
    }
}
