package org.openwor.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwor.core.Referral;
import org.openwor.core.workflow.Case;

/** {@link WorJson}: the safe mapper in one call. */
class WorJsonTest {

    @Test
    void theMapperHasTheModuleDuplicateDetectionAndTheLimits() {
        ObjectMapper mapper = WorJson.newMapper();
        assertThat(mapper.getRegisteredModuleIds()).contains(WorModule.NAME);
        assertThat(mapper.getFactory().isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature())).isTrue();
        assertThat(mapper.getFactory().isEnabled(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION.mappedFeature())).isFalse();
        assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
        StreamReadConstraints limits = mapper.getFactory().streamReadConstraints();
        assertThat(limits.getMaxNestingDepth()).isEqualTo(WorJson.MAX_NESTING_DEPTH);
        assertThat(limits.getMaxStringLength()).isEqualTo(WorJson.MAX_STRING_LENGTH);
        assertThat(limits.getMaxNameLength()).isEqualTo(WorJson.MAX_NAME_LENGTH);
        assertThat(limits.getMaxNumberLength()).isEqualTo(WorJson.MAX_NUMBER_LENGTH);
        assertThat(limits.getMaxDocumentLength()).isEqualTo(WorJson.MAX_DOCUMENT_LENGTH);
        assertThat(limits.getMaxTokenCount()).isEqualTo(WorJson.MAX_TOKEN_COUNT);
    }

    @Test
    void theLimitsLeaveRoomForTheLongestFreeTextAndALargeCase() throws Exception {
        ObjectMapper mapper = WorJson.newMapper();
        String concerns = Documents.read("referral.json").replace("Piekert veel", "p".repeat(2000));
        assertThat(mapper.readValue(concerns, Referral.class)).isNotNull();
        String golden = Documents.read("case.json");
        assertThat(golden.length() * 80L).isLessThan(WorJson.MAX_DOCUMENT_LENGTH);
    }

    @Test
    void aCopyKeepsTheTranslationOfJacksonsOwnErrors() {
        ObjectMapper copy = WorJson.newMapper().copy();
        assertThatThrownBy(() -> copy.readValue("phone=0612345678", Referral.class))
                .isInstanceOfSatisfying(WorJsonException.class, e -> assertThat(e.rule()).isEqualTo("malformed-json"))
                .message().doesNotContain("0612345678");
        assertThatThrownBy(() -> copy.readValue("[{} 1", new com.fasterxml.jackson.core.type.TypeReference<List<Case>>() {}))
                .isInstanceOf(WorJsonException.class);
    }

    /** A finding of fuzzing: Jackson takes these bytes for UTF-32 and fails with a CharConversionException. */
    @Test
    void bytesThatAreNotTextAreMalformedJson() {
        byte[] notUtf32 = {0, 0, 0, 0, 1, 0, 0, 0, 'b'};
        assertThatThrownBy(() -> WorJson.newMapper().readValue(notUtf32, Referral.class))
                .isInstanceOfSatisfying(WorJsonException.class, e -> {
                    assertThat(e.rule()).isEqualTo("malformed-json");
                    assertThat(e.path()).isEmpty();
                });
        assertThatThrownBy(() -> WorJson.newMapper().readValue(notUtf32, Map.class))
                .isInstanceOf(java.io.CharConversionException.class);
    }

    /** A finding of fuzzing: a byte order that Jackson does not support failed while creating the parser. */
    @Test
    void bytesInAnUnsupportedUcs4OrderAreMalformedJson() {
        byte[] ucs4In2143Order = {0, 0, '[', 0, ' '};
        for (Class<?> type : List.of(Referral.class, Case.class, Map.class)) {
            assertThatThrownBy(() -> WorJson.newMapper().readValue(ucs4In2143Order, type))
                    .isInstanceOfSatisfying(WorJsonException.class, e -> {
                        assertThat(e.rule()).isEqualTo("malformed-json");
                        assertThat(e.explanation()).contains("not text");
                    });
        }
        assertThatThrownBy(() -> WorJson.newMapper().copy().readValue(
                new java.io.ByteArrayInputStream(ucs4In2143Order), Referral.class))
                .isInstanceOf(WorJsonException.class);
    }

    @Test
    void typesOfOthersKeepJacksonsOwnErrors() {
        assertThatThrownBy(() -> WorJson.newMapper().readValue("nonsense", Map.class))
                .isInstanceOf(JsonParseException.class).isNotInstanceOf(WorJsonException.class);
    }

    @Test
    void theCanonicalPrettyPrinterUsesTwoSpacesAndLineFeeds() throws Exception {
        String json = WorJson.newMapper().writer(WorJson.prettyPrinter()).writeValueAsString(Case.empty());
        assertThat(json).isEqualTo("{\n  \"schemaVersion\": 1,\n  \"state\": \"new\",\n  \"fhirStatus\": \"draft\",\n"
                + "  \"businessStatus\": \"new\",\n  \"version\": 0,\n  \"events\": []\n}");
    }
}
