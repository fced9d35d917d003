package org.openwor.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.util.List;
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
import org.openwor.core.deadline.Deadline;
import org.openwor.core.deadline.DeadlineKind;
import org.openwor.core.deadline.DeadlineStatus;
import org.openwor.core.deadline.WorklistItem;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.eligibility.FirstContact;
import org.openwor.core.eligibility.IneligibilityReason;
import org.openwor.core.indicator.Grouping;
import org.openwor.core.indicator.IndicatorReport;
import org.openwor.core.indicator.IndicatorValue;
import org.openwor.core.indicator.IneligibleReferral;
import org.openwor.core.indicator.PublishedReport;
import org.openwor.core.workflow.ActivityCategory;
import org.openwor.core.workflow.Case;
import org.openwor.core.workflow.CaseEvent;
import org.openwor.core.workflow.CaseState;
import org.openwor.core.workflow.ClientVerdict;
import org.openwor.core.workflow.ClosureReason;
import org.openwor.core.workflow.EventType;
import org.openwor.core.workflow.FhirTaskStatus;
import org.openwor.core.workflow.OtherTrackKind;
import org.openwor.core.workflow.Rejection;
import org.openwor.core.workflow.RejectionReason;
import org.openwor.core.workflow.StopReason;
import org.openwor.core.workflow.TrackTiming;

/**
 * The Jackson 2 module of OpenWoR: the documented wire format of wor-core's value types.
 *
 * <p>It writes and reads a {@link Referral} and its parts, an {@link EligibilityDecision}, every
 * {@link CaseEvent} and a {@link Case}, a {@link Deadline} and a {@link WorklistItem}, an
 * {@link IndicatorReport} and a {@link PublishedReport} (hidden cells as {@code null}), an
 * {@link IneligibleReferral} and a {@link MonitoringRecord} (a line of {@link MonitoringJsonLines}), and
 * writes a workflow {@link Rejection}. Dates are ISO-8601
 * strings ({@code 2026-03-10}); enums are their stable lowercase codes ({@code practice-nurse-mental-health}),
 * never Java constant names that a refactoring would change. Families of values carry a discriminator
 * from a closed list, never a class name: {@code "type"} for a case event ({@link EventType#code()}),
 * {@code "eligible"} for a decision, {@code "tool"} for a conversation tool. A referral, a decision, a
 * case, a case event on its own, an ineligible referral and both kinds of indicator report are
 * top-level documents and carry
 * {@code "schemaVersion": 1}.
 * The format is described, with JSON Schema files, in wor-json's README.
 *
 * <p>Reading is strict by default: an unknown property, a missing required one, a wrong type, an
 * invalid date, an unknown code, a repeated key, a broken invariant of wor-core or an event the case
 * workflow refuses is a {@link WorJsonException} that names the JSON path and the rule and never
 * quotes a personal value. {@link #withLenientUnknownProperties()} relaxes one thing only: unknown
 * properties are skipped, so that a reader keeps working when a newer writer adds properties.
 * For the safe parser settings (duplicate detection, read limits) use {@link WorJson#newMapper()}.
 *
 * <p>Register it with {@code new ObjectMapper().registerModule(new WorModule())}, or let
 * {@code findAndRegisterModules()} find it: the module is listed in
 * {@code META-INF/services/com.fasterxml.jackson.databind.Module} and provided in {@code module-info}.
 * The strict and the lenient module have different type ids; when both are registered, the one
 * registered last wins.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorModule extends com.fasterxml.jackson.databind.Module {

    /** The unique name of this module, as Jackson uses it to avoid registering it twice. */
    public static final String NAME = "org.openwor.json.WorModule";

    /** The version of the wire format ({@code schemaVersion}) that this module writes and reads. */
    public static final int SCHEMA_VERSION = RecordCodec.VERSION;

    private static final List<Class<? extends Enum<?>>> CODED_ENUMS = List.of(ReferrerRole.class,
            SocialSignal.class, PositiveHealthDimension.class, LifeDomain.class, IneligibilityReason.class,
            FirstContact.class, ActivityCategory.class, CaseState.class, ClientVerdict.class, ClosureReason.class,
            EventType.class, FhirTaskStatus.class, OtherTrackKind.class, RejectionReason.class, StopReason.class,
            TrackTiming.class, DeadlineKind.class, DeadlineStatus.class, Grouping.class);

    private final boolean lenientUnknownProperties;

    /** Creates the module with its default configuration: strict about unknown properties. */
    public WorModule() {
        this(false);
    }

    private WorModule(boolean lenientUnknownProperties) {
        this.lenientUnknownProperties = lenientUnknownProperties;
    }

    /**
     * Returns a module that skips unknown properties instead of rejecting them, for forward
     * compatibility: a reader on this version keeps reading documents from a newer writer that added
     * properties. Everything else stays strict: a missing required property, a wrong type, an unknown
     * code (of an enum, a map key such as a score dimension, or a discriminator), a repeated key and
     * {@code schemaVersion} other than {@value #SCHEMA_VERSION} are still errors. Writing is the same.
     *
     * @return a lenient copy of this module
     */
    public WorModule withLenientUnknownProperties() {
        return new WorModule(true);
    }

    /**
     * Tells whether this module skips unknown properties.
     *
     * @return true for a module from {@link #withLenientUnknownProperties()}
     */
    public boolean isLenientUnknownProperties() {
        return lenientUnknownProperties;
    }

    @Override
    public String getModuleName() {
        return NAME;
    }

    /**
     * Returns the id by which Jackson recognises a second registration: {@link #NAME} for the strict
     * module, {@code NAME + "/lenient"} for the lenient one.
     *
     * @return the type id
     */
    @Override
    public Object getTypeId() {
        return lenientUnknownProperties ? NAME + "/lenient" : NAME;
    }

    @Override
    public Version version() {
        return new Version(0, 1, 0, "SNAPSHOT", "org.openwor", "wor-json");
    }

    @Override
    public void setupModule(SetupContext context) {
        Registry registry = new Registry(lenientUnknownProperties);
        for (Class<? extends Enum<?>> type : CODED_ENUMS) {
            registry.codedEnum(type);
        }
        registry.add(AgbCode.class, ReferralCodecs.AGB_CODE);
        registry.add(IcpcCode.class, ReferralCodecs.ICPC_CODE);
        registry.add(PositiveHealthScores.class, ReferralCodecs.SCORES);
        registry.add(ContactDetails.class, ReferralCodecs.CONTACT_DETAILS);
        registry.add(Client.class, ReferralCodecs.CLIENT);
        registry.add(Referrer.class, ReferralCodecs.REFERRER);
        registry.add(LifeEvent.class, ReferralCodecs.LIFE_EVENT);
        registry.add(ConversationTool.class, ReferralCodecs.CONVERSATION_TOOL, PositiveHealthSpiderWeb.class,
                FourDomainAssessment.class);
        registry.add(Referral.class, ReferralCodecs.REFERRAL);
        registry.add(EligibilityDecision.class, ReferralCodecs.DECISION, EligibilityDecision.Eligible.class,
                EligibilityDecision.NotEligible.class);
        registry.add(CaseEvent.class, CaseCodecs.EVENT_DOCUMENT, CaseEvent.class.getPermittedSubclasses());
        registry.add(Case.class, CaseCodecs.CASE);
        registry.add(IneligibleReferral.class, MonitoringCodecs.INELIGIBLE);
        registry.add(MonitoringRecord.class, MonitoringCodecs.RECORD, MonitoringRecord.CaseRecord.class,
                MonitoringRecord.IneligibleRecord.class);
        registry.add(Deadline.class, IndicatorCodecs.DEADLINE);
        registry.add(WorklistItem.class, IndicatorCodecs.WORKLIST_ITEM);
        registry.add(IndicatorValue.class, IndicatorCodecs.VALUE, IndicatorValue.class.getPermittedSubclasses());
        registry.add(IndicatorReport.class, IndicatorCodecs.REPORT);
        registry.add(PublishedReport.class, IndicatorCodecs.PUBLISHED);
        registry.serializers.addSerializer(Rejection.class, new CodecSerializer<>(Rejection.class, CaseCodecs.REJECTION));
        context.addSerializers(registry.serializers);
        context.addDeserializers(registry.deserializers);
    }

    /** Collects the serializers and deserializers while the module is set up. */
    private static final class Registry {
        final SimpleSerializers serializers = new SimpleSerializers();
        final SimpleDeserializers deserializers = new SimpleDeserializers();
        private final boolean lenient;

        Registry(boolean lenient) {
            this.lenient = lenient;
        }

        /** Writes and reads a type, and reads each of its variants when asked for by name. */
        <T> void add(Class<T> type, Codec<T> codec, Class<?>... variants) {
            serializers.addSerializer(type, new CodecSerializer<>(type, codec));
            deserializers.addDeserializer(type, new CodecDeserializer<>(type, codec, lenient));
            for (Class<?> variant : variants) {
                variant(variant, codec);
            }
        }

        private <V> void variant(Class<V> variant, Codec<?> codec) {
            deserializers.addDeserializer(variant, new CodecDeserializer<>(variant, codec, lenient));
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        void codedEnum(Class<? extends Enum<?>> type) {
            add((Class) type, Codecs.code((Class) type));
        }
    }
}
