package org.openwor.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.openwor.core.Client;
import org.openwor.core.ConversationTool;
import org.openwor.core.Referral;
import org.openwor.core.ReferrerRole;
import org.openwor.core.SocialSignal;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.eligibility.EligibilityPolicy;
import org.openwor.core.eligibility.IneligibilityReason;
import org.openwor.core.testing.CaseArbitraries;
import org.openwor.core.testing.ReferralExamples;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;
import org.openwor.core.workflow.CaseState;
import org.openwor.core.workflow.CaseWorkflow;
import org.openwor.core.workflow.EventType;
import org.openwor.core.workflow.Rejection;
import org.openwor.core.workflow.RejectionReason;
import org.openwor.json.WireArbitraries.Cases;
import org.openwor.json.WireArbitraries.Events;
import org.openwor.json.WireArbitraries.Referrals;
import org.openwor.json.WireArbitraries.Tools;

/**
 * {@link WorModule}: discovery, the stable codes, {@code read(write(x)).equals(x)} for every value type
 * with the arbitraries shared with wor-core, and the lenient mode.
 */
class WorModuleTest {

    private final ObjectMapper mapper = WorJson.newMapper();
    private final ObjectMapper plain = new ObjectMapper().registerModule(new WorModule());

    private <T> T roundTrip(T value, Class<T> type) throws Exception {
        return mapper.readValue(mapper.writeValueAsString(value), type);
    }

    @Test
    void findAndRegisterModulesFindsTheModule() throws Exception {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        assertThat(found.getRegisteredModuleIds()).contains(WorModule.NAME);
        Referral referral = ReferralExamples.eligible().build();
        assertThat(found.readValue(found.writeValueAsString(referral), Referral.class)).isEqualTo(referral);
    }

    @Test
    void enumsAreWrittenAsStableLowercaseCodes() throws Exception {
        assertThat(plain.writeValueAsString(List.of(ReferrerRole.PRACTICE_NURSE_MENTAL_HEALTH,
                SocialSignal.MEDICALLY_UNEXPLAINED_SYMPTOMS, EventType.OTHER_SUPPORT_STARTED)))
                .isEqualTo("[\"practice-nurse-mental-health\",\"medically-unexplained-symptoms\",\"other-support-started\"]");
    }

    @Property
    void everyReasonCodeRoundTrips(@ForAll IneligibilityReason reason) throws Exception {
        String json = plain.writeValueAsString(reason);
        assertThat(json).isEqualTo("\"" + reason.code() + "\"");
        assertThat(plain.readValue(json, IneligibilityReason.class)).isSameAs(reason);
    }

    @Test
    void anUnknownCodeIsAMappingErrorThatListsTheValidCodes() {
        assertThatThrownBy(() -> plain.readValue("\"GP\"", ReferrerRole.class))
                .isInstanceOfSatisfying(WorJsonException.class, e -> assertThat(e.rule()).isEqualTo("unknown-code"))
                .hasMessageContaining("expected one of: gp, practice-nurse-mental-health");
    }

    @Property
    void referralsRoundTrip(@ForAll(supplier = Referrals.class) Referral referral) throws Exception {
        assertThat(roundTrip(referral, Referral.class)).isEqualTo(referral);
    }

    @Property
    void clientsRoundTripOnTheirOwn(@ForAll(supplier = Referrals.class) Referral referral) throws Exception {
        assertThat(roundTrip(referral.client(), Client.class)).isEqualTo(referral.client());
    }

    @Property
    void conversationToolsRoundTrip(@ForAll(supplier = Tools.class) ConversationTool tool) throws Exception {
        assertThat(roundTrip(tool, ConversationTool.class)).isEqualTo(tool);
        assertThat(mapper.readValue(mapper.writeValueAsString(tool), tool.getClass().getSuperclass())).isEqualTo(tool);
    }

    @Property
    void eligibilityDecisionsRoundTrip(@ForAll(supplier = Referrals.class) Referral referral) throws Exception {
        EligibilityDecision decision = EligibilityPolicy.defaults().evaluate(referral);
        assertThat(roundTrip(decision, EligibilityDecision.class)).isEqualTo(decision);
    }

    @Property
    void caseEventsRoundTrip(@ForAll(supplier = Events.class) CaseEvent event) throws Exception {
        String json = mapper.writeValueAsString(event);
        assertThat(json).startsWith("{\"schemaVersion\":1,\"type\":\"" + event.type().code() + "\"");
        assertThat(mapper.readValue(json, CaseEvent.class)).isEqualTo(event);
        assertThat(mapper.readValue(json, event.getClass().getSuperclass())).isEqualTo(event);
    }

    @Property
    void casesRoundTrip(@ForAll(supplier = Cases.class) Case value) throws Exception {
        Case read = roundTrip(value, Case.class);
        assertThat(read).isEqualTo(value);
        assertThat(read.id()).isEqualTo(value.id());
        assertThat(read.version()).isEqualTo(value.version());
    }

    @Test
    void theEmptyCaseRoundTripsWithoutACaseId() throws Exception {
        String json = mapper.writeValueAsString(Case.empty());
        assertThat(json).isEqualTo("{\"schemaVersion\":1,\"state\":\"new\",\"fhirStatus\":\"draft\","
                + "\"businessStatus\":\"new\",\"version\":0,\"events\":[]}");
        assertThat(mapper.readValue(json, Case.class)).isEqualTo(Case.empty());
    }

    @Test
    void aRejectionIsWrittenWithItsCodes() throws Exception {
        CaseEvent.ReferralReceived received = CaseArbitraries.referralsReceived().sample();
        Case started = CaseWorkflow.defaults().replay(List.of(received)).get();
        Rejection rejection = CaseWorkflow.defaults()
                .apply(started, CaseEvent.FeedbackSent.of("e9", received.date())).getLeft();
        assertThat(rejection.reason()).isEqualTo(RejectionReason.NOT_ALLOWED_IN_STATE);
        assertThat(mapper.writeValueAsString(rejection)).isEqualTo("{\"reason\":\"not-allowed-in-state\","
                + "\"eventId\":\"e9\",\"eventType\":\"feedback-sent\",\"state\":\"referred\","
                + "\"expected\":[\"contact-attempted\",\"case-closed\",\"consent-withdrawn\"]}");
    }

    @Test
    void asVariantOfAFamilyTheOtherVariantIsRefused() throws Exception {
        String eligible = mapper.writeValueAsString(EligibilityPolicy.defaults().evaluate(
                ReferralExamples.eligible().build()));
        assertThatThrownBy(() -> mapper.readValue(eligible, EligibilityDecision.NotEligible.class))
                .isInstanceOfSatisfying(WorJsonException.class,
                        e -> assertThat(e.rule()).isEqualTo("unexpected-variant"));
    }

    @Test
    void theLenientModuleSkipsUnknownPropertiesAndNothingElse() throws Exception {
        ObjectMapper lenient = WorJson.newMapper(new WorModule().withLenientUnknownProperties());
        Referral referral = ReferralExamples.eligible().build();
        String newer = mapper.writeValueAsString(referral)
                .replace("\"client\":{", "\"client\":{\"preferredLanguage\":{\"code\":\"nl\",\"tags\":[1,2]},")
                .replace("\"referrer\":{", "\"referrer\":{\"bigNumber\":\"x\",");
        assertThat(lenient.readValue(newer, Referral.class)).isEqualTo(referral);
        assertThatThrownBy(() -> mapper.readValue(newer, Referral.class))
                .isInstanceOfSatisfying(WorJsonException.class, e -> {
                    assertThat(e.rule()).isEqualTo("unknown-property");
                    assertThat(e.path()).isEqualTo("/referrer/bigNumber");
                });
        String missing = mapper.writeValueAsString(referral).replace("\"motivated\":true,", "");
        assertThatThrownBy(() -> lenient.readValue(missing, Referral.class))
                .isInstanceOfSatisfying(WorJsonException.class, e -> assertThat(e.rule()).isEqualTo("required"));
        assertThat(new WorModule().withLenientUnknownProperties().isLenientUnknownProperties()).isTrue();
        assertThat(new WorModule().isLenientUnknownProperties()).isFalse();
    }

    @Test
    void theModuleRegisteredLastWins() throws Exception {
        ObjectMapper both = new ObjectMapper().findAndRegisterModules()
                .registerModule(new WorModule().withLenientUnknownProperties());
        String json = "{\"stillInForeground\":true,\"comment\":\"new in a later version\"}";
        assertThat(both.readValue(json, org.openwor.core.LifeEvent.class).stillInForeground()).isTrue();
    }

    @Test
    void lenientReadingOfAnEventWhoseTypeComesLast() throws Exception {
        ObjectMapper lenient = WorJson.newMapper(new WorModule().withLenientUnknownProperties());
        String json = "{\"id\":\"e1\",\"future\":[{\"a\":1}],\"date\":\"2026-03-12\",\"reached\":true,"
                + "\"schemaVersion\":1,\"type\":\"contact-attempted\"}";
        assertThat(lenient.readValue(json, CaseEvent.class))
                .isEqualTo(CaseEvent.ContactAttempted.of("e1", LocalDate.of(2026, 3, 12), true));
    }

    @Test
    void everyEventTypeAndCaseStateHasACode() {
        assertThat(Set.of(EventType.values())).allSatisfy(t -> assertThat(t.code()).matches("[a-z-]+"));
        assertThat(Set.of(CaseState.values())).allSatisfy(s -> assertThat(s.code()).matches("[a-z-]+"));
    }
}
