package org.openwor.examples.modular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.module.ModuleDescriptor;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openwor.core.Referral;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.json.WorJson;
import org.openwor.json.WorJsonException;
import org.openwor.json.WorModule;

/**
 * OpenWoR works as named modules and on the class path. Surefire runs this class twice: on the module
 * path (execution {@code default-test}) and on the class path (execution {@code class-path}); the system
 * property {@code openwor.expect.modulePath} tells which run this is, so that each run checks that it
 * really is what it claims.
 */
class ModularExampleTest {

    private static final boolean MODULE_PATH = Boolean.getBoolean("openwor.expect.modulePath");

    /** The referral of the wor-json README, with its contact details left out. */
    private static final String REFERRAL = """
            {"schemaVersion": 1, "id": "HA-2026-0042", "referralDate": "2026-03-10",
             "referrer": {"role": "gp", "agbCode": "01234567", "practiceReference": "huisartsen-middelburg-oost"},
             "client": {"reference": "c-7f3a9", "birthDate": "1958-11-02", "municipalityCode": "GM0687",
                        "postcodeArea": "4331"},
             "signals": ["psychological-complaints", "loneliness-or-limited-network"],
             "visitsLast12Months": 14, "unstablePsychiatricOrComplexProblems": false,
             "concreteCareRequest": false, "motivated": true, "consentToReferral": true,
             "consentToShareContactDetails": false}
            """;

    private final ModularExample example = new ModularExample();

    @Test
    void theLibraryIsTwoNamedModulesOnTheModulePathAndUnnamedOnTheClassPath() {
        Module core = Referral.class.getModule();
        Module json = WorModule.class.getModule();
        Module app = ModularExample.class.getModule();
        assertThat(core.isNamed()).isEqualTo(MODULE_PATH);
        assertThat(json.isNamed()).isEqualTo(MODULE_PATH);
        assertThat(app.isNamed()).isEqualTo(MODULE_PATH);
        if (MODULE_PATH) {
            assertThat(core.getName()).isEqualTo("org.openwor.core");
            assertThat(json.getName()).isEqualTo("org.openwor.json");
            assertThat(app.getName()).isEqualTo("org.openwor.examples.modular");
            assertThat(app.getDescriptor().requires()).extracting(ModuleDescriptor.Requires::name)
                    .contains("org.openwor.core", "org.openwor.json");
            assertThat(app.canRead(core)).isTrue();
            assertThat(app.canRead(json)).isTrue();
        } else {
            assertThat(core).isSameAs(json).isSameAs(app);
        }
    }

    @Test
    void onlyTheApiPackagesAreExported() {
        Module core = Referral.class.getModule();
        Module json = WorModule.class.getModule();
        assertThat(core.isExported("org.openwor.core")).isTrue();
        assertThat(core.isExported("org.openwor.core.eligibility")).isTrue();
        assertThat(core.isExported("org.openwor.core.workflow")).isTrue();
        assertThat(core.isExported("org.openwor.core.deadline")).isTrue();
        assertThat(core.isExported("org.openwor.core.indicator")).isTrue();
        assertThat(json.isExported("org.openwor.json")).isTrue();
        // The internal package is open to the JSON module only; on the class path everything is exported.
        assertThat(core.isExported("org.openwor.core.internal")).isEqualTo(!MODULE_PATH);
        assertThat(core.isExported("org.openwor.core.internal", json)).isTrue();
        if (MODULE_PATH) {
            assertThat(core.getDescriptor().provides()).isEmpty();
            assertThat(json.getDescriptor().provides()).singleElement().satisfies(provides -> {
                assertThat(provides.service()).isEqualTo("com.fasterxml.jackson.databind.Module");
                assertThat(provides.providers()).containsExactly(WorModule.class.getName());
            });
        }
    }

    @Test
    void findAndRegisterModulesFindsTheWorModule() {
        ObjectMapper mapper = example.mapper();
        assertThat(mapper.getRegisteredModuleIds()).contains(WorModule.NAME);
        assertThat(ObjectMapper.findModules()).hasAtLeastOneElementOfType(WorModule.class);
    }

    @Test
    void aReferralReadThroughTheDiscoveredModuleIsEvaluatedAndWrittenBack() throws Exception {
        EligibilityDecision decision = example.decide(REFERRAL);
        assertThat(decision).isInstanceOfSatisfying(EligibilityDecision.Eligible.class, eligible -> {
            assertThat(eligible.referralId()).isEqualTo("HA-2026-0042");
            assertThat(eligible.frequentAttender()).isTrue();
        });
        Referral referral = example.mapper().readValue(REFERRAL, Referral.class);
        String written = example.mapper().writeValueAsString(referral);
        assertThat(WorJson.newMapper().readValue(written, Referral.class)).isEqualTo(referral);
    }

    @Test
    void theMessageBundlesOfTheCoreModuleAreFoundInEveryLanguage() throws Exception {
        assertThat(example.summary(REFERRAL, Locale.forLanguageTag("nl-NL")))
                .startsWith("Welzijn op Recept past bij deze verwijzing.");
        assertThat(example.summary(REFERRAL, Locale.ENGLISH)).startsWith("Welzijn op Recept fits this referral.");
    }

    @Test
    void aBadDocumentIsTheModulesOwnErrorAcrossTheModuleBoundary() {
        assertThatThrownBy(() -> example.decide(REFERRAL.replace("1958-11-02", "1958-02-30")))
                .isInstanceOfSatisfying(WorJsonException.class, e -> {
                    assertThat(e.rule()).isEqualTo("date-format");
                    assertThat(e.path()).isEqualTo("/client/birthDate");
                });
    }
}
