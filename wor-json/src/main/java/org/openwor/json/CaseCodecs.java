package org.openwor.json;

import static org.openwor.json.Codecs.BOOLEAN;
import static org.openwor.json.Codecs.DATE_CODEC;
import static org.openwor.json.Codecs.INTEGER;
import static org.openwor.json.Codecs.STRING;
import static org.openwor.json.Codecs.code;
import static org.openwor.json.Codecs.codeMap;
import static org.openwor.json.Codecs.codeSet;

import com.fasterxml.jackson.core.JsonGenerator;
import io.vavr.control.Either;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.openwor.core.InvalidValueException;
import org.openwor.core.PositiveHealthScores;
import org.openwor.core.ReferrerRole;
import org.openwor.core.SocialSignal;
import org.openwor.core.eligibility.FirstContact;
import org.openwor.core.workflow.ActivityCategory;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;
import org.openwor.core.workflow.CaseState;
import org.openwor.core.workflow.CaseWorkflow;
import org.openwor.core.workflow.ClientVerdict;
import org.openwor.core.workflow.ClosureReason;
import org.openwor.core.workflow.EventType;
import org.openwor.core.workflow.FhirTaskStatus;
import org.openwor.core.workflow.OtherTrackKind;
import org.openwor.core.workflow.Rejection;
import org.openwor.core.workflow.RejectionReason;
import org.openwor.core.workflow.StopReason;
import org.openwor.core.workflow.TrackTiming;

/** The wire format of the case events, the case and a workflow rejection. */
final class CaseCodecs {

    private static final Prop<CaseEvent, String> ID = Prop.required("id", STRING, CaseEvent::id);
    private static final Prop<CaseEvent, LocalDate> DATE = Prop.required("date", DATE_CODEC, CaseEvent::date);

    private static final Prop<CaseEvent.ReferralReceived, String> REFERRAL_ID = Prop.required("referralId", STRING,
            CaseEvent.ReferralReceived::referralId);
    private static final Prop<CaseEvent.ReferralReceived, LocalDate> REFERRAL_DATE = Prop.required("referralDate",
            DATE_CODEC, CaseEvent.ReferralReceived::referralDate);
    private static final Prop<CaseEvent.ReferralReceived, ReferrerRole> ROLE = Prop.required("referrerRole",
            code(ReferrerRole.class), CaseEvent.ReferralReceived::referrerRole);
    private static final Prop<CaseEvent.ReferralReceived, String> PRACTICE = Prop.required("practiceReference",
            STRING, CaseEvent.ReferralReceived::practiceReference);
    private static final Prop<CaseEvent.ReferralReceived, Optional<String>> ORGANISATION = Prop.optional(
            "coachOrganisation", STRING, CaseEvent.ReferralReceived::coachOrganisation);
    private static final Prop<CaseEvent.ReferralReceived, Optional<String>> MUNICIPALITY = Prop.optional(
            "municipalityCode", STRING, CaseEvent.ReferralReceived::municipalityCode);
    private static final Prop<CaseEvent.ReferralReceived, Set<SocialSignal>> SIGNALS = Prop.required("signals",
            codeSet(SocialSignal.class), CaseEvent.ReferralReceived::signals);
    private static final Prop<CaseEvent.ReferralReceived, Boolean> FREQUENT = Prop.required("frequentAttender",
            BOOLEAN, CaseEvent.ReferralReceived::frequentAttender);
    private static final Prop<CaseEvent.ReferralReceived, Optional<Integer>> VISITS = Prop.optional(
            "visitsLast12Months", INTEGER, e -> ReferralCodecs.boxed(e.visitsLast12Months()));
    private static final Prop<CaseEvent.ReferralReceived, FirstContact> FIRST_CONTACT = Prop.required("firstContact",
            code(FirstContact.class), CaseEvent.ReferralReceived::firstContact);
    private static final Prop<CaseEvent.ReferralReceived, Optional<PositiveHealthScores>> BASELINE = Prop.optional(
            "baselineScores", ReferralCodecs.SCORES, CaseEvent.ReferralReceived::baselineScores);

    private static final Prop<CaseEvent.ContactAttempted, Boolean> REACHED = Prop.required("reached", BOOLEAN,
            CaseEvent.ContactAttempted::reached);

    private static final Prop<CaseEvent.IntakeHeld, String> WISHES = Prop.required("wishesAndNeeds", STRING,
            CaseEvent.IntakeHeld::wishesAndNeeds);
    private static final Prop<CaseEvent.IntakeHeld, Optional<PositiveHealthScores>> INTAKE_SCORES = Prop.optional(
            "scores", ReferralCodecs.SCORES, CaseEvent.IntakeHeld::scores);
    private static final Prop<CaseEvent.IntakeHeld, Map<OtherTrackKind, TrackTiming>> OTHER_TRACKS = Prop.required(
            "otherTracks", codeMap(OtherTrackKind.class, code(TrackTiming.class)), CaseEvent.IntakeHeld::otherTracks);

    private static final Prop<CaseEvent.OtherSupportStarted, OtherTrackKind> STARTED_KIND = Prop.required("kind",
            code(OtherTrackKind.class), CaseEvent.OtherSupportStarted::kind);
    private static final Prop<CaseEvent.OtherSupportStarted, TrackTiming> TIMING = Prop.required("timing",
            code(TrackTiming.class), CaseEvent.OtherSupportStarted::timing);
    private static final Prop<CaseEvent.OtherSupportFinished, OtherTrackKind> FINISHED_KIND = Prop.required("kind",
            code(OtherTrackKind.class), CaseEvent.OtherSupportFinished::kind);

    private static final Prop<CaseEvent.ActivityMatched, String> ACTIVITY = Prop.required("activityReference", STRING,
            CaseEvent.ActivityMatched::activityReference);
    private static final Prop<CaseEvent.ActivityMatched, ActivityCategory> CATEGORY = Prop.required("category",
            code(ActivityCategory.class), CaseEvent.ActivityMatched::category);

    private static final Prop<CaseEvent.ParticipationStopped, StopReason> STOP_REASON = Prop.required("reason",
            code(StopReason.class), CaseEvent.ParticipationStopped::reason);

    private static final Prop<CaseEvent.EvaluationHeld, Optional<PositiveHealthScores>> EVALUATION_SCORES =
            Prop.optional("scores", ReferralCodecs.SCORES, CaseEvent.EvaluationHeld::scores);
    private static final Prop<CaseEvent.EvaluationHeld, Boolean> CONTINUED = Prop.required("continuedParticipation",
            BOOLEAN, CaseEvent.EvaluationHeld::continuedParticipation);
    private static final Prop<CaseEvent.EvaluationHeld, ClientVerdict> VERDICT = Prop.required("verdict",
            code(ClientVerdict.class), CaseEvent.EvaluationHeld::verdict);

    private static final Prop<CaseEvent.CaseClosed, ClosureReason> CLOSURE_REASON = Prop.required("reason",
            code(ClosureReason.class), CaseEvent.CaseClosed::reason);
    private static final Prop<CaseEvent.CaseClosed, Boolean> INFORMED = Prop.required("referrerInformed", BOOLEAN,
            CaseEvent.CaseClosed::referrerInformed);

    /** A case event inside a case: told apart by {@code "type"}, without a schemaVersion of its own. */
    static final UnionCodec<CaseEvent, EventType> EVENT = UnionCodec.of("case event", "type", code(EventType.class),
            CaseEvent::type, events());

    /** A case event as a top-level document. */
    static final UnionCodec<CaseEvent, EventType> EVENT_DOCUMENT = EVENT.withSchemaVersion();

    private static Map<EventType, RecordCodec<? extends CaseEvent>> events() {
        Map<EventType, RecordCodec<? extends CaseEvent>> events = new EnumMap<>(EventType.class);
        Events on = new Events(events);
        on.<CaseEvent.ReferralReceived>add(EventType.REFERRAL_RECEIVED, List.of(ID, DATE, REFERRAL_ID, REFERRAL_DATE,
                ROLE, PRACTICE, ORGANISATION, MUNICIPALITY, SIGNALS, FREQUENT, VISITS, FIRST_CONTACT, BASELINE), v -> {
                    CaseEvent.ReferralReceived.Builder b = CaseEvent.ReferralReceived.builder().id(v.get(ID))
                            .date(v.get(DATE)).referralId(v.get(REFERRAL_ID)).referralDate(v.get(REFERRAL_DATE))
                            .referrerRole(v.get(ROLE)).practiceReference(v.get(PRACTICE))
                            .coachOrganisation(v.get(ORGANISATION)).municipalityCode(v.get(MUNICIPALITY))
                            .addAllSignals(v.get(SIGNALS)).frequentAttender(v.get(FREQUENT))
                            .firstContact(v.get(FIRST_CONTACT)).baselineScores(v.get(BASELINE));
                    v.get(VISITS).ifPresent(b::visitsLast12Months);
                    return b.build();
                });
        on.<CaseEvent.ContactAttempted>add(EventType.CONTACT_ATTEMPTED, List.of(ID, DATE, REACHED),
                v -> CaseEvent.ContactAttempted.of(v.get(ID), v.get(DATE), v.get(REACHED)));
        on.<CaseEvent.IntakeHeld>add(EventType.INTAKE_HELD, List.of(ID, DATE, WISHES, INTAKE_SCORES, OTHER_TRACKS),
                v -> CaseEvent.IntakeHeld.builder().id(v.get(ID)).date(v.get(DATE)).wishesAndNeeds(v.get(WISHES))
                        .scores(v.get(INTAKE_SCORES)).putAllOtherTracks(v.get(OTHER_TRACKS)).build());
        on.<CaseEvent.OtherSupportStarted>add(EventType.OTHER_SUPPORT_STARTED, List.of(ID, DATE, STARTED_KIND, TIMING),
                v -> CaseEvent.OtherSupportStarted.of(v.get(ID), v.get(DATE), v.get(STARTED_KIND), v.get(TIMING)));
        on.<CaseEvent.OtherSupportFinished>add(EventType.OTHER_SUPPORT_FINISHED, List.of(ID, DATE, FINISHED_KIND),
                v -> CaseEvent.OtherSupportFinished.of(v.get(ID), v.get(DATE), v.get(FINISHED_KIND)));
        on.<CaseEvent.ActivityMatched>add(EventType.ACTIVITY_MATCHED, List.of(ID, DATE, ACTIVITY, CATEGORY),
                v -> CaseEvent.ActivityMatched.of(v.get(ID), v.get(DATE), v.get(ACTIVITY), v.get(CATEGORY)));
        on.<CaseEvent.ClientAccompanied>add(EventType.CLIENT_ACCOMPANIED, List.of(ID, DATE),
                v -> CaseEvent.ClientAccompanied.of(v.get(ID), v.get(DATE)));
        on.<CaseEvent.ParticipationStarted>add(EventType.PARTICIPATION_STARTED, List.of(ID, DATE),
                v -> CaseEvent.ParticipationStarted.of(v.get(ID), v.get(DATE)));
        on.<CaseEvent.ParticipationStopped>add(EventType.PARTICIPATION_STOPPED, List.of(ID, DATE, STOP_REASON),
                v -> CaseEvent.ParticipationStopped.of(v.get(ID), v.get(DATE), v.get(STOP_REASON)));
        on.<CaseEvent.EvaluationHeld>add(EventType.EVALUATION_HELD,
                List.of(ID, DATE, EVALUATION_SCORES, CONTINUED, VERDICT),
                v -> CaseEvent.EvaluationHeld.builder().id(v.get(ID)).date(v.get(DATE))
                        .scores(v.get(EVALUATION_SCORES)).continuedParticipation(v.get(CONTINUED))
                        .verdict(v.get(VERDICT)).build());
        on.<CaseEvent.FeedbackSent>add(EventType.FEEDBACK_SENT, List.of(ID, DATE),
                v -> CaseEvent.FeedbackSent.of(v.get(ID), v.get(DATE)));
        on.<CaseEvent.CaseClosed>add(EventType.CASE_CLOSED, List.of(ID, DATE, CLOSURE_REASON, INFORMED),
                v -> CaseEvent.CaseClosed.of(v.get(ID), v.get(DATE), v.get(CLOSURE_REASON), v.get(INFORMED)));
        on.<CaseEvent.ConsentWithdrawn>add(EventType.CONSENT_WITHDRAWN, List.of(ID, DATE),
                v -> CaseEvent.ConsentWithdrawn.of(v.get(ID), v.get(DATE)));
        return events;
    }

    /** Registers the codec of each event type, described in messages by its type code. */
    private record Events(Map<EventType, RecordCodec<? extends CaseEvent>> events) {
        <T extends CaseEvent> void add(EventType type, List<Prop<? super T, ?>> props,
                Function<RecordCodec.Values, T> factory) {
            events.put(type, RecordCodec.of("an event of type " + type.code(), props, factory));
        }
    }

    /**
     * The events of a case: written as an array, read by replaying each event through the default
     * workflow as soon as it is read. A refused event is an error at its index, with the rejection
     * reason as the rule.
     */
    private static final Codec<Case> REPLAYED_EVENTS = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Case value) throws IOException {
            g.writeStartArray();
            for (CaseEvent event : value.events()) {
                EVENT.write(g, event);
            }
            g.writeEndArray();
        }

        @Override
        public Case read(WireReader r, Pointer at) throws IOException {
            Case[] current = {Case.empty()};
            Codecs.readArray(r, at, (item, index) -> {
                CaseEvent event = EVENT.read(r, item);
                Either<Rejection, Case> next = CaseWorkflow.defaults().apply(current[0], event);
                if (next.isLeft()) {
                    Rejection rejection = next.getLeft();
                    throw r.error(item, rejection.reason().code(), "the case workflow refuses this "
                            + event.type().code() + " event in state " + rejection.state().code() + ": "
                            + rejection.reason().text(Locale.ENGLISH));
                }
                if (next.get().version() == current[0].version()) {
                    throw r.error(item, "duplicate-event", "the same event appears twice in the case");
                }
                current[0] = next.get();
            });
            return current[0];
        }
    };

    private static final Prop<Case, Optional<String>> CASE_ID = Prop.optional("caseId", STRING, Case::id);
    private static final Prop<Case, CaseState> STATE = Prop.required("state", code(CaseState.class), Case::state);
    private static final Prop<Case, FhirTaskStatus> FHIR = Prop.required("fhirStatus", code(FhirTaskStatus.class),
            Case::fhirStatus);
    private static final Prop<Case, String> BUSINESS = Prop.required("businessStatus", STRING, Case::businessStatus);
    private static final Prop<Case, Integer> VERSION = Prop.required("version", INTEGER, Case::version);
    private static final Prop<Case, Case> EVENTS = Prop.required("events", REPLAYED_EVENTS, c -> c);

    /**
     * A case, a top-level document: its derived state for readers that do not replay, and its events.
     * When read, the case is the replay of its events; every derived property must agree with it.
     */
    static final RecordCodec<Case> CASE = RecordCodec.<Case>of("a case",
            List.of(CASE_ID, STATE, FHIR, BUSINESS, VERSION, EVENTS), CaseCodecs::checked).withSchemaVersion();

    private static Case checked(RecordCodec.Values v) {
        Case replayed = v.get(EVENTS);
        derived(v.get(CASE_ID).equals(replayed.id()), "caseId", "the case id is the referral id of its first event");
        derived(v.get(STATE) == replayed.state(), "state", "the state is the one its events lead to");
        derived(v.get(FHIR) == replayed.fhirStatus(), "fhirStatus", "the FHIR status is the one of its state");
        derived(v.get(BUSINESS).equals(replayed.businessStatus()), "businessStatus",
                "the business status is the code of its state");
        derived(v.get(VERSION) == replayed.version(), "version", "the version is the number of its events");
        return replayed;
    }

    private static void derived(boolean agrees, String field, String explanation) {
        if (!agrees) {
            throw new InvalidValueException(field, "derived-mismatch", explanation);
        }
    }

    /** A rejection by the workflow; written only. */
    static final RecordCodec<Rejection> REJECTION = RecordCodec.<Rejection>of("a rejection", List.of(
            Prop.required("reason", code(RejectionReason.class), Rejection::reason),
            Prop.required("eventId", STRING, Rejection::eventId),
            Prop.required("eventType", code(EventType.class), Rejection::eventType),
            Prop.required("state", code(CaseState.class), Rejection::state),
            Prop.required("expected", codeSet(EventType.class), Rejection::expected)), null);

    private CaseCodecs() {}
}
