package org.openwor.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.openwor.core.ReferrerRole;
import org.openwor.core.SocialSignal;
import org.openwor.core.eligibility.IneligibilityReason;

/** {@link WorModule}: discovery and the stable lowercase codes of the enums. */
class WorModuleTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new WorModule());

    @Test
    void findAndRegisterModulesFindsTheModule() {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        assertThat(found.getRegisteredModuleIds()).contains(WorModule.NAME);
    }

    @Test
    void enumsAreWrittenAsStableLowercaseCodes() throws Exception {
        assertThat(mapper.writeValueAsString(List.of(ReferrerRole.PRACTICE_NURSE_MENTAL_HEALTH,
                SocialSignal.MEDICALLY_UNEXPLAINED_SYMPTOMS)))
                .isEqualTo("[\"practice-nurse-mental-health\",\"medically-unexplained-symptoms\"]");
    }

    @Property
    void everyReasonCodeRoundTrips(@ForAll IneligibilityReason reason) throws Exception {
        String json = mapper.writeValueAsString(reason);
        assertThat(json).isEqualTo("\"" + reason.code() + "\"");
        assertThat(mapper.readValue(json, IneligibilityReason.class)).isSameAs(reason);
    }

    @Test
    void anUnknownCodeIsAMappingErrorThatListsTheValidCodes() {
        assertThatThrownBy(() -> mapper.readValue("\"GP\"", ReferrerRole.class))
                .isInstanceOfSatisfying(WorJsonException.class, e -> assertThat(e.rule()).isEqualTo("unknown-code"))
                .hasMessageContaining("expected one of: gp, practice-nurse-mental-health");
    }
}
