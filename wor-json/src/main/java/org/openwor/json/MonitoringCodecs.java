package org.openwor.json;

import static org.openwor.json.Codecs.DATE_CODEC;
import static org.openwor.json.Codecs.INTEGER;
import static org.openwor.json.Codecs.STRING;
import static org.openwor.json.Codecs.code;
import static org.openwor.json.Codecs.list;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserSequence;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.openwor.core.InvalidValueException;
import org.openwor.core.ReferrerRole;
import org.openwor.core.eligibility.IneligibilityReason;
import org.openwor.core.indicator.IneligibleReferral;
import org.openwor.core.workflow.Case;

/**
 * The wire format of a monitoring stream: an ineligible referral, and a line that is either a case
 * (with an optional {@code gpVisitsAfter}) or an ineligible referral.
 */
final class MonitoringCodecs {

    /** The discriminator of an ineligible referral; a case document has none. */
    static final String TYPE = "type";
    /** The code of an ineligible referral. */
    static final String INELIGIBLE_REFERRAL = "ineligible-referral";
    /** The follow-up of a case in a monitoring stream. */
    static final String GP_VISITS_AFTER = "gpVisitsAfter";

    private static final Prop<IneligibleReferral, LocalDate> DATE = Prop.required("referralDate", DATE_CODEC,
            IneligibleReferral::referralDate);
    private static final Prop<IneligibleReferral, ReferrerRole> ROLE = Prop.required("referrerRole",
            code(ReferrerRole.class), IneligibleReferral::referrerRole);
    private static final Prop<IneligibleReferral, String> PRACTICE = Prop.required("practiceReference", STRING,
            IneligibleReferral::practiceReference);
    private static final Prop<IneligibleReferral, Optional<String>> MUNICIPALITY = Prop.optional("municipalityCode",
            STRING, IneligibleReferral::municipalityCode);
    private static final Prop<IneligibleReferral, List<IneligibilityReason>> REASONS = Prop.required("reasons",
            list(code(IneligibilityReason.class)), IneligibleReferral::reasons);

    /** The properties of an ineligible referral after its discriminator. */
    private static final RecordCodec<IneligibleReferral> INELIGIBLE_FIELDS = RecordCodec.of("an ineligible referral",
            List.of(DATE, ROLE, PRACTICE, MUNICIPALITY, REASONS), MonitoringCodecs::ineligible);

    /** An ineligible referral: a top-level document with {@code "type": "ineligible-referral"}. */
    static final UnionCodec<IneligibleReferral, String> INELIGIBLE = UnionCodec.<IneligibleReferral, String>of(
            "an ineligible referral", TYPE, STRING, value -> INELIGIBLE_REFERRAL,
            Map.of(INELIGIBLE_REFERRAL, INELIGIBLE_FIELDS)).withSchemaVersion();

    private static final RecordCodec<IneligibleReferral> INELIGIBLE_DOCUMENT = INELIGIBLE_FIELDS.withSchemaVersion();

    /** A line of a monitoring stream: a case with its follow-up, or an ineligible referral. */
    static final Codec<MonitoringRecord> RECORD = Codec.of(MonitoringCodecs::write, MonitoringCodecs::read);

    private MonitoringCodecs() {}

    private static IneligibleReferral ineligible(RecordCodec.Values v) {
        List<IneligibilityReason> reasons = v.get(REASONS);
        for (int i = 1; i < reasons.size(); i++) {
            if (reasons.get(i - 1).compareTo(reasons.get(i)) >= 0) {
                throw new InvalidValueException("reasons", "reasons-ordered",
                        "the reasons are in the order of IneligibilityReason, each once");
            }
        }
        return IneligibleReferral.builder().referralDate(v.get(DATE)).referrerRole(v.get(ROLE))
                .practiceReference(v.get(PRACTICE)).municipalityCode(v.get(MUNICIPALITY)).addAllReasons(reasons)
                .build();
    }

    private static void write(JsonGenerator g, MonitoringRecord value) throws IOException {
        if (value instanceof MonitoringRecord.IneligibleRecord ineligible) {
            INELIGIBLE.write(g, ineligible.value());
        } else if (value instanceof MonitoringRecord.CaseRecord followed) {
            g.writeStartObject();
            RecordCodec.writeSchemaVersion(g);
            CaseCodecs.CASE.writeProperties(g, followed.value());
            if (followed.gpVisitsAfter().isPresent()) {
                g.writeNumberField(GP_VISITS_AFTER, followed.gpVisitsAfter().getAsInt());
            }
            g.writeEndObject();
        }
    }

    /**
     * Reads a line: the properties are buffered until a {@code type} tells an ineligible referral, or
     * the end of the object tells a case, which is then read from the buffer by the case codec, so
     * that its rules and paths are exactly those of a case document.
     */
    private static MonitoringRecord read(WireReader r, Pointer at) throws IOException {
        r.expect(at, JsonToken.START_OBJECT, "an object");
        JsonParser p = r.parser();
        TokenBuffer ahead = r.buffer();
        ahead.writeStartObject();
        Integer gpVisitsAfter = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            Pointer field = at.field(name);
            p.nextToken();
            if (name.equals(TYPE)) {
                if (!INELIGIBLE_REFERRAL.equals(STRING.read(r, field))) {
                    throw r.error(field, "unknown-code",
                            "expected " + INELIGIBLE_REFERRAL + "; a case document has no " + TYPE);
                }
                if (gpVisitsAfter != null && !r.lenient()) {
                    throw r.error(at.field(GP_VISITS_AFTER), "unknown-property", "not a property of an ineligible referral");
                }
                JsonParser buffered = ahead.asParser(p);
                buffered.nextToken();
                WireReader rest = new WireReader(JsonParserSequence.createFlattened(false, buffered, p), r.lenient());
                return MonitoringRecord.of(INELIGIBLE_DOCUMENT.readRest(rest, at, TYPE));
            } else if (name.equals(GP_VISITS_AFTER)) {
                if (gpVisitsAfter != null) {
                    throw r.error(field, "duplicate-key", "a property appears more than once in the same object");
                }
                gpVisitsAfter = INTEGER.read(r, field);
                if (gpVisitsAfter < 0) {
                    throw r.error(field, "not-negative", "the GP visits after the referral are a count, not negative");
                }
            } else {
                ahead.writeFieldName(name);
                ahead.copyCurrentStructure(p);
            }
        }
        ahead.writeEndObject();
        JsonParser buffered = ahead.asParser(p);
        buffered.nextToken();
        Case value = CaseCodecs.CASE.read(new WireReader(buffered, r.lenient()), at);
        return MonitoringRecord.of(value, gpVisitsAfter == null ? OptionalInt.empty() : OptionalInt.of(gpVisitsAfter));
    }
}
