package org.openwor.core.testing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.openwor.core.AgbCode;
import org.openwor.core.Client;
import org.openwor.core.ContactDetails;
import org.openwor.core.ConversationTool;
import org.openwor.core.FourDomainAssessment;
import org.openwor.core.IcpcCode;
import org.openwor.core.LifeDomain;
import org.openwor.core.LifeEvent;
import org.openwor.core.PositiveHealthScores;
import org.openwor.core.PositiveHealthSpiderWeb;
import org.openwor.core.Referral;
import org.openwor.core.Referrer;
import org.openwor.core.ReferrerRole;
import org.openwor.core.SocialSignal;
import org.openwor.core.deadline.DayCounting;
import org.openwor.core.deadline.DutchHolidayCalendar;
import org.openwor.core.deadline.HolidayCalendar;
import org.openwor.core.deadline.LiberationDayRule;
import org.openwor.core.deadline.Term;
import org.openwor.core.deadline.TermUnit;

/**
 * The jqwik arbitraries of the OpenWoR domain, in one place, shared with wor-json's tests through
 * wor-core's test jar. Every value they generate is structurally valid; edge cases (the 18th birthday,
 * 29 February, empty signal sets, every exclusion) are generated often.
 */
public final class WorArbitraries {

    /** The first referral date generated. */
    public static final LocalDate FIRST_REFERRAL_DATE = LocalDate.of(2016, 1, 1);
    /** The last referral date generated. */
    public static final LocalDate LAST_REFERRAL_DATE = LocalDate.of(2035, 12, 31);

    private WorArbitraries() {}

    /**
     * Dates between two bounds, inclusive, with 29 February and year ends among the edge cases.
     *
     * @param from the first date
     * @param to the last date
     * @return the dates
     */
    public static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
        return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /**
     * Referral dates from 2016 to 2035.
     *
     * @return referral dates
     */
    public static Arbitrary<LocalDate> referralDates() {
        return dates(FIRST_REFERRAL_DATE, LAST_REFERRAL_DATE);
    }

    /**
     * Birth dates for a referral date: often within days of the 18th birthday, on 29 February, or any
     * age up to 100.
     *
     * @param referralDate the referral date
     * @return birth dates not after the referral date
     */
    public static Arbitrary<LocalDate> birthDates(LocalDate referralDate) {
        Arbitrary<LocalDate> near18 = Arbitraries.integers().between(-3, 3)
                .map(days -> referralDate.minusYears(18).plusDays(days));
        Arbitrary<LocalDate> leapDay = Arbitraries.integers().between(1920, referralDate.getYear())
                .filter(year -> LocalDate.of(year, 1, 1).isLeapYear())
                .map(year -> LocalDate.of(year, 2, 29))
                .filter(date -> !date.isAfter(referralDate));
        Arbitrary<LocalDate> anyAge = dates(referralDate.minusYears(100), referralDate);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, near18), net.jqwik.api.Tuple.of(1, leapDay),
                        net.jqwik.api.Tuple.of(4, anyAge))
                .filter(date -> !date.isAfter(referralDate));
    }

    /**
     * Contact details with a phone number, an e-mail address or both; the values are recognisable so
     * that tests can look for them in messages.
     *
     * @return contact details
     */
    public static Arbitrary<ContactDetails> contactDetails() {
        Arbitrary<Optional<String>> phone = Arbitraries.integers().between(10_000_000, 99_999_999)
                .map(n -> "06" + n).optional(0.7);
        Arbitrary<Optional<String>> email = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(12)
                .map(name -> name + "@example.nl").optional(0.7);
        return Combinators.combine(phone, email)
                .filter((p, e) -> p.isPresent() || e.isPresent())
                .as((p, e) -> {
                    ContactDetails.Builder builder = ContactDetails.builder();
                    p.ifPresent(builder::phone);
                    e.ifPresent(builder::email);
                    return builder.build();
                });
    }

    /**
     * Clients for a referral date, with contact details only when {@code withContactDetails} allows them.
     *
     * @param referralDate the referral date
     * @param mayHaveContactDetails whether contact details may be generated (consent to share)
     * @return clients
     */
    public static Arbitrary<Client> clients(LocalDate referralDate, boolean mayHaveContactDetails) {
        Arbitrary<String> reference = Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(4)
                .ofMaxLength(12).map(s -> "C-" + s);
        Arbitrary<Optional<String>> municipality = Arbitraries.integers().between(1, 1999)
                .map(n -> String.format("GM%04d", n)).optional(0.6);
        Arbitrary<Optional<String>> postcode = Arbitraries.integers().between(1000, 9999).map(String::valueOf)
                .optional(0.5);
        Arbitrary<Optional<ContactDetails>> contact = mayHaveContactDetails
                ? contactDetails().optional(0.8) : Arbitraries.just(Optional.empty());
        return Combinators.combine(reference, birthDates(referralDate), municipality, postcode, contact)
                .as((ref, birth, gm, pc, cd) -> Client.builder()
                        .reference(ref)
                        .birthDate(birth)
                        .municipalityCode(gm)
                        .postcodeArea(pc)
                        .contactDetails(cd)
                        .build());
    }

    /**
     * Referrers of every role, with and without an AGB code.
     *
     * @return referrers
     */
    public static Arbitrary<Referrer> referrers() {
        Arbitrary<Optional<AgbCode>> agb = Arbitraries.strings().numeric().ofLength(8).map(AgbCode::of).optional(0.6);
        Arbitrary<String> practice = Arbitraries.integers().between(1, 40).map(n -> "practice-" + n);
        return Combinators.combine(Arbitraries.of(ReferrerRole.class), agb, practice)
                .as((role, code, ref) -> Referrer.builder().role(role).agbCode(code).practiceReference(ref).build());
    }

    /**
     * Positive Health scores, each 0 to 10.
     *
     * @return scores
     */
    public static Arbitrary<PositiveHealthScores> positiveHealthScores() {
        Arbitrary<Integer> score = Arbitraries.integers().between(0, 10);
        return Combinators.combine(score, score, score, score, score, score).as(PositiveHealthScores::of);
    }

    /**
     * Conversation tools: a spider web or a four-domain assessment.
     *
     * @return conversation tools
     */
    public static Arbitrary<ConversationTool> conversationTools() {
        Arbitrary<ConversationTool> spiderWeb = positiveHealthScores().map(PositiveHealthSpiderWeb::of);
        Arbitrary<ConversationTool> fourDomains = Combinators.combine(
                        Arbitraries.of(LifeDomain.class).set(),
                        Arbitraries.of(LifeDomain.class).list().uniqueElements())
                .as((withConcerns, priorities) -> {
                    FourDomainAssessment.Builder builder = FourDomainAssessment.builder().addAllPriorities(priorities);
                    withConcerns.forEach(domain -> builder.putConcerns(domain, "concern about " + domain.code()));
                    return builder.build();
                });
        return Arbitraries.oneOf(spiderWeb, fourDomains);
    }

    /**
     * Sets of social signals, empty about one time in eight.
     *
     * @return signal sets
     */
    public static Arbitrary<Set<SocialSignal>> signals() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Set.<SocialSignal>of())),
                net.jqwik.api.Tuple.of(7, Arbitraries.of(SocialSignal.class).set().ofMinSize(1).ofMaxSize(4)
                        .map(set -> (Set<SocialSignal>) EnumSet.copyOf(set))));
    }

    /**
     * Life events: in the foreground or not, with or without a date between birth and referral.
     *
     * @param birthDate the client's birth date
     * @param referralDate the referral date
     * @return life events
     */
    public static Arbitrary<LifeEvent> lifeEvents(LocalDate birthDate, LocalDate referralDate) {
        Arbitrary<Optional<LocalDate>> date = dates(birthDate, referralDate).optional(0.6);
        return Combinators.combine(Arbitraries.of(true, false), date)
                .as((foreground, when) -> when.map(d -> LifeEvent.of(foreground, d)).orElseGet(() -> LifeEvent.of(foreground)));
    }

    /**
     * Structurally valid referrals with every combination of signals, exclusions, motivation and
     * consent; about half are eligible under the default policy.
     *
     * @return referrals
     */
    public static Arbitrary<Referral> referrals() {
        return referralDates().flatMap(referralDate -> Arbitraries.of(true, false).flatMap(shareConsent ->
                clients(referralDate, shareConsent).flatMap(client -> {
                    Arbitrary<Optional<LifeEvent>> lifeEvent = lifeEvents(client.birthDate(), referralDate).optional(0.3);
                    Arbitrary<boolean[]> flags = Arbitraries.integers().between(0, 15).map(bits -> new boolean[] {
                        (bits & 1) != 0 && (bits & 8) != 0, (bits & 2) != 0 && (bits & 8) != 0,
                        (bits & 4) == 0, (bits & 8) == 0 || (bits & 1) == 0});
                    Arbitrary<Optional<Integer>> visits = Arbitraries.frequencyOf(
                            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(8, 22)),
                            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 60))).optional(0.8);
                    return Combinators.combine(referrers(), signals(), conversationTools().optional(0.7), visits,
                                    lifeEvent, flags, Arbitraries.integers().between(1, 999_999))
                            .as((referrer, signals, tool, visitCount, event, f, id) -> {
                                Referral.Builder builder = Referral.builder()
                                        .id("R-" + id)
                                        .referralDate(referralDate)
                                        .referrer(referrer)
                                        .client(client)
                                        .addAllSignals(signals)
                                        .conversationTool(tool)
                                        .lifeEvent(event)
                                        .unstablePsychiatricOrComplexProblems(f[0])
                                        .concreteCareRequest(f[1])
                                        .motivated(f[2])
                                        .consentToReferral(f[3])
                                        .consentToShareContactDetails(shareConsent)
                                        .registrationCode(referrer.role() == ReferrerRole.PHYSIOTHERAPIST
                                                ? Optional.empty() : Optional.of(IcpcCode.WELZIJN_OP_RECEPT));
                                visitCount.ifPresent(builder::visitsLast12Months);
                                return builder.build();
                            });
                })));
    }

    /**
     * Holiday calendars: the two ready-made Dutch calendars, every other combination of their options,
     * and the calendar of weekends only.
     *
     * @return holiday calendars
     */
    public static Arbitrary<HolidayCalendar> holidayCalendars() {
        Arbitrary<HolidayCalendar> custom = Combinators.combine(Arbitraries.of(LiberationDayRule.class),
                        Arbitraries.of(true, false))
                .as((liberationDay, goodFriday) -> DutchHolidayCalendar.builder()
                        .liberationDay(liberationDay).goodFridayOff(goodFriday).build());
        return Arbitraries.oneOf(Arbitraries.of(DutchHolidayCalendar.standard(),
                DutchHolidayCalendar.algemeneTermijnenwet(), HolidayCalendar.weekendsOnly()), custom);
    }

    /**
     * Terms counted in one way, mostly short (0 to 30 in their unit), sometimes up to the longest (1000).
     *
     * @param counting how the days of the terms are counted
     * @return terms
     */
    public static Arbitrary<Term> terms(DayCounting counting) {
        Arbitrary<Integer> amount = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.integers().between(0, 30)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 1000)));
        return Combinators.combine(amount, Arbitraries.of(TermUnit.class))
                .as((n, unit) -> Term.of(n, unit, counting));
    }

    /**
     * Terms counted in every way.
     *
     * @return terms
     */
    public static Arbitrary<Term> terms() {
        return Arbitraries.of(DayCounting.class).flatMap(WorArbitraries::terms);
    }
}
