package org.openwor.json;

import static org.openwor.json.Codecs.BOOLEAN;
import static org.openwor.json.Codecs.DATE_CODEC;
import static org.openwor.json.Codecs.INTEGER;
import static org.openwor.json.Codecs.STRING;
import static org.openwor.json.Codecs.code;
import static org.openwor.json.Codecs.codeMap;
import static org.openwor.json.Codecs.codeSet;
import static org.openwor.json.Codecs.list;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.openwor.core.AgbCode;
import org.openwor.core.Client;
import org.openwor.core.ContactDetails;
import org.openwor.core.ConversationTool;
import org.openwor.core.FourDomainAssessment;
import org.openwor.core.IcpcCode;
import org.openwor.core.LifeDomain;
import org.openwor.core.LifeEvent;
import org.openwor.core.PositiveHealthDimension;
import org.openwor.core.PositiveHealthScores;
import org.openwor.core.PositiveHealthSpiderWeb;
import org.openwor.core.Referral;
import org.openwor.core.Referrer;
import org.openwor.core.ReferrerRole;
import org.openwor.core.SocialSignal;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.eligibility.FirstContact;
import org.openwor.core.eligibility.IneligibilityReason;

/** The wire format of a referral and its parts, and of an eligibility decision. */
final class ReferralCodecs {

    /** An AGB code: a string of eight digits. */
    static final Codec<AgbCode> AGB_CODE = Codecs.wrapping(STRING, AgbCode::of, AgbCode::value, field -> "");

    /** An ICPC code: a string such as {@code Z68}. */
    static final Codec<IcpcCode> ICPC_CODE = Codecs.wrapping(STRING, IcpcCode::of, IcpcCode::value, field -> "");

    /** Positive Health scores: an object with a whole number 0–10 per dimension code. */
    static final Codec<PositiveHealthScores> SCORES = Codecs.wrapping(
            codeMap(PositiveHealthDimension.class, INTEGER), PositiveHealthScores::of, PositiveHealthScores::scores,
            field -> field.startsWith("scores.") ? field.substring("scores.".length()) : field);

    private static final Prop<ContactDetails, Optional<String>> PHONE =
            Prop.optional("phone", STRING, ContactDetails::phone);
    private static final Prop<ContactDetails, Optional<String>> EMAIL =
            Prop.optional("email", STRING, ContactDetails::email);

    /** Contact details: an optional phone number and e-mail address, at least one of them. */
    static final RecordCodec<ContactDetails> CONTACT_DETAILS = RecordCodec.<ContactDetails>of("contact details",
                    List.of(PHONE, EMAIL),
                    v -> ContactDetails.builder().phone(v.get(PHONE)).email(v.get(EMAIL)).build())
            .withFieldPaths(field -> "contactDetails".equals(field) ? "" : field);

    private static final Prop<Client, String> REFERENCE = Prop.required("reference", STRING, Client::reference);
    private static final Prop<Client, LocalDate> BIRTH_DATE = Prop.required("birthDate", DATE_CODEC, Client::birthDate);
    private static final Prop<Client, Optional<String>> MUNICIPALITY =
            Prop.optional("municipalityCode", STRING, Client::municipalityCode);
    private static final Prop<Client, Optional<String>> POSTCODE_AREA =
            Prop.optional("postcodeArea", STRING, Client::postcodeArea);
    private static final Prop<Client, Optional<ContactDetails>> CONTACT =
            Prop.optional("contactDetails", CONTACT_DETAILS, Client::contactDetails);

    /** The client. */
    static final RecordCodec<Client> CLIENT = RecordCodec.<Client>of("a client",
            List.of(REFERENCE, BIRTH_DATE, MUNICIPALITY, POSTCODE_AREA, CONTACT),
            v -> Client.builder().reference(v.get(REFERENCE)).birthDate(v.get(BIRTH_DATE))
                    .municipalityCode(v.get(MUNICIPALITY)).postcodeArea(v.get(POSTCODE_AREA))
                    .contactDetails(v.get(CONTACT)).build());

    private static final Prop<Referrer, ReferrerRole> ROLE = Prop.required("role", code(ReferrerRole.class),
            Referrer::role);
    private static final Prop<Referrer, Optional<AgbCode>> AGB = Prop.optional("agbCode", AGB_CODE, Referrer::agbCode);
    private static final Prop<Referrer, String> PRACTICE = Prop.required("practiceReference", STRING,
            Referrer::practiceReference);

    /** The referrer. */
    static final RecordCodec<Referrer> REFERRER = RecordCodec.<Referrer>of("a referrer", List.of(ROLE, AGB, PRACTICE),
            v -> Referrer.builder().role(v.get(ROLE)).agbCode(v.get(AGB)).practiceReference(v.get(PRACTICE)).build());

    private static final Prop<LifeEvent, Boolean> FOREGROUND = Prop.required("stillInForeground", BOOLEAN,
            LifeEvent::stillInForeground);
    private static final Prop<LifeEvent, Optional<LocalDate>> EVENT_DATE = Prop.optional("date", DATE_CODEC,
            LifeEvent::date);

    /** A life event. */
    static final RecordCodec<LifeEvent> LIFE_EVENT = RecordCodec.<LifeEvent>of("a life event",
            List.of(FOREGROUND, EVENT_DATE),
            v -> v.get(EVENT_DATE).map(date -> LifeEvent.of(v.get(FOREGROUND), date))
                    .orElseGet(() -> LifeEvent.of(v.get(FOREGROUND))));

    /** The discriminator value of the Positive Health spider web. */
    static final String SPIDER_WEB = "positive-health-spider-web";
    /** The discriminator value of the four-domain model. */
    static final String FOUR_DOMAIN_MODEL = "four-domain-model";

    private static final Prop<PositiveHealthSpiderWeb, PositiveHealthScores> WEB_SCORES = Prop.required("scores",
            SCORES, PositiveHealthSpiderWeb::scores);
    private static final Prop<FourDomainAssessment, Map<LifeDomain, String>> CONCERNS = Prop.required("concerns",
            codeMap(LifeDomain.class, STRING), FourDomainAssessment::concerns);
    private static final Prop<FourDomainAssessment, List<LifeDomain>> PRIORITIES = Prop.required("priorities",
            list(code(LifeDomain.class)), FourDomainAssessment::priorities);

    /** A conversation tool, told apart by {@code "tool"}. */
    static final UnionCodec<ConversationTool, String> CONVERSATION_TOOL = UnionCodec.of("conversation tool", "tool",
            STRING, tool -> tool instanceof PositiveHealthSpiderWeb ? SPIDER_WEB : FOUR_DOMAIN_MODEL, Map.of(
                    SPIDER_WEB, RecordCodec.<PositiveHealthSpiderWeb>of("a Positive Health spider web",
                            List.of(WEB_SCORES), v -> PositiveHealthSpiderWeb.of(v.get(WEB_SCORES))),
                    FOUR_DOMAIN_MODEL, RecordCodec.<FourDomainAssessment>of("a four-domain assessment",
                            List.of(CONCERNS, PRIORITIES), v -> FourDomainAssessment.builder()
                                    .putAllConcerns(v.get(CONCERNS)).addAllPriorities(v.get(PRIORITIES)).build())));

    private static final Prop<Referral, String> ID = Prop.required("id", STRING, Referral::id);
    private static final Prop<Referral, LocalDate> REFERRAL_DATE = Prop.required("referralDate", DATE_CODEC,
            Referral::referralDate);
    private static final Prop<Referral, Referrer> BY = Prop.required("referrer", REFERRER, Referral::referrer);
    private static final Prop<Referral, Client> FOR = Prop.required("client", CLIENT, Referral::client);
    private static final Prop<Referral, Set<SocialSignal>> SIGNALS = Prop.required("signals",
            codeSet(SocialSignal.class), Referral::signals);
    private static final Prop<Referral, Optional<ConversationTool>> TOOL = Prop.optional("conversationTool",
            CONVERSATION_TOOL, Referral::conversationTool);
    private static final Prop<Referral, Optional<Integer>> VISITS = Prop.optional("visitsLast12Months", INTEGER,
            referral -> boxed(referral.visitsLast12Months()));
    private static final Prop<Referral, Boolean> UNSTABLE = Prop.required("unstablePsychiatricOrComplexProblems",
            BOOLEAN, Referral::unstablePsychiatricOrComplexProblems);
    private static final Prop<Referral, Optional<LifeEvent>> LIFE = Prop.optional("lifeEvent", LIFE_EVENT,
            Referral::lifeEvent);
    private static final Prop<Referral, Boolean> CARE_REQUEST = Prop.required("concreteCareRequest", BOOLEAN,
            Referral::concreteCareRequest);
    private static final Prop<Referral, Boolean> MOTIVATED = Prop.required("motivated", BOOLEAN, Referral::motivated);
    private static final Prop<Referral, Boolean> CONSENT = Prop.required("consentToReferral", BOOLEAN,
            Referral::consentToReferral);
    private static final Prop<Referral, Boolean> SHARE = Prop.required("consentToShareContactDetails", BOOLEAN,
            Referral::consentToShareContactDetails);
    private static final Prop<Referral, Optional<IcpcCode>> REGISTRATION = Prop.optional("registrationCode",
            ICPC_CODE, Referral::registrationCode);

    /** A referral, a top-level document. */
    static final RecordCodec<Referral> REFERRAL = RecordCodec.<Referral>of("a referral",
            List.of(ID, REFERRAL_DATE, BY, FOR, SIGNALS, TOOL, VISITS, UNSTABLE, LIFE, CARE_REQUEST, MOTIVATED,
                    CONSENT, SHARE, REGISTRATION),
            v -> {
                Referral.Builder b = Referral.builder().id(v.get(ID)).referralDate(v.get(REFERRAL_DATE))
                        .referrer(v.get(BY)).client(v.get(FOR)).addAllSignals(v.get(SIGNALS))
                        .conversationTool(v.get(TOOL)).unstablePsychiatricOrComplexProblems(v.get(UNSTABLE))
                        .lifeEvent(v.get(LIFE)).concreteCareRequest(v.get(CARE_REQUEST)).motivated(v.get(MOTIVATED))
                        .consentToReferral(v.get(CONSENT)).consentToShareContactDetails(v.get(SHARE))
                        .registrationCode(v.get(REGISTRATION));
                v.get(VISITS).ifPresent(b::visitsLast12Months);
                return b.build();
            }).withSchemaVersion();

    private static final Prop<EligibilityDecision, String> DECISION_REFERRAL = Prop.required("referralId", STRING,
            EligibilityDecision::referralId);
    private static final Prop<EligibilityDecision.Eligible, Set<SocialSignal>> INCLUSION = Prop.required(
            "inclusionSignals", codeSet(SocialSignal.class), EligibilityDecision.Eligible::inclusionSignals);
    private static final Prop<EligibilityDecision.Eligible, Boolean> FREQUENT = Prop.required("frequentAttender",
            BOOLEAN, EligibilityDecision.Eligible::frequentAttender);
    private static final Prop<EligibilityDecision.Eligible, FirstContact> FIRST_CONTACT = Prop.required(
            "firstContact", code(FirstContact.class), EligibilityDecision.Eligible::firstContact);
    private static final Prop<EligibilityDecision.NotEligible, List<IneligibilityReason>> REASONS = Prop.required(
            "reasons", list(code(IneligibilityReason.class)), EligibilityDecision.NotEligible::reasons);

    /** An eligibility decision, a top-level document told apart by {@code "eligible": true/false}. */
    static final UnionCodec<EligibilityDecision, Boolean> DECISION = UnionCodec.of("eligibility decision", "eligible",
            BOOLEAN, EligibilityDecision::isEligible, Map.of(
                    true, RecordCodec.<EligibilityDecision.Eligible>of("an eligible decision",
                            List.of(DECISION_REFERRAL, INCLUSION, FREQUENT, FIRST_CONTACT),
                            v -> EligibilityDecision.Eligible.builder().referralId(v.get(DECISION_REFERRAL))
                                    .addAllInclusionSignals(v.get(INCLUSION)).frequentAttender(v.get(FREQUENT))
                                    .firstContact(v.get(FIRST_CONTACT)).build()),
                    false, RecordCodec.<EligibilityDecision.NotEligible>of("a decision that is not eligible",
                            List.of(DECISION_REFERRAL, REASONS),
                            v -> EligibilityDecision.NotEligible.of(v.get(DECISION_REFERRAL), v.get(REASONS)))))
            .withSchemaVersion();

    private ReferralCodecs() {}

    /**
     * Returns an optional int as an optional of a boxed integer.
     *
     * @param value the optional int
     * @return the same value, boxed
     */
    static Optional<Integer> boxed(OptionalInt value) {
        return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
    }
}
