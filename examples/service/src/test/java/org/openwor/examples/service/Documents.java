package org.openwor.examples.service;

import java.time.LocalDate;

/** Request bodies in the wor-json wire format, for the tests. */
final class Documents {

    /** The phone number in every test referral: it must never appear in a log or an error. */
    static final String PHONE = "0612345678";
    /** The birth date of every adult test client: it must never appear in a log or an error. */
    static final String BIRTH_DATE = "1958-11-02";

    private Documents() {}

    /** An eligible referral by a GP, with the client's consent to pass on a phone number. */
    static String referral(String id, LocalDate referralDate) {
        return referral(id, referralDate, BIRTH_DATE, true);
    }

    /** A referral; under 18 or not motivated makes it ineligible. */
    static String referral(String id, LocalDate referralDate, String birthDate, boolean motivated) {
        return """
                {"schemaVersion": 1, "id": "%s", "referralDate": "%s",
                 "referrer": {"role": "gp", "practiceReference": "huisartsen-middelburg-oost"},
                 "client": {"reference": "c-7f3a9", "birthDate": "%s", "municipalityCode": "GM0687",
                            "contactDetails": {"phone": "%s"}},
                 "signals": ["loneliness-or-limited-network"], "visitsLast12Months": 14,
                 "unstablePsychiatricOrComplexProblems": false, "concreteCareRequest": false,
                 "motivated": %s, "consentToReferral": true, "consentToShareContactDetails": true,
                 "registrationCode": "Z68"}""".formatted(id, referralDate, birthDate, PHONE, motivated);
    }

    static String contact(String id, LocalDate date, boolean reached) {
        return """
                {"schemaVersion": 1, "type": "contact-attempted", "id": "%s", "date": "%s", "reached": %s}"""
                .formatted(id, date, reached);
    }

    static String intake(String id, LocalDate date) {
        return """
                {"schemaVersion": 1, "type": "intake-held", "id": "%s", "date": "%s",
                 "wishesAndNeeds": "Wil weer onder de mensen komen", "otherTracks": {}}""".formatted(id, date);
    }

    static String activity(String id, LocalDate date, String activity) {
        return """
                {"schemaVersion": 1, "type": "activity-matched", "id": "%s", "date": "%s",
                 "activityReference": "%s", "category": "exercise"}""".formatted(id, date, activity);
    }

    static String simple(String type, String id, LocalDate date) {
        return """
                {"schemaVersion": 1, "type": "%s", "id": "%s", "date": "%s"}""".formatted(type, id, date);
    }

    static String evaluation(String id, LocalDate date) {
        return """
                {"schemaVersion": 1, "type": "evaluation-held", "id": "%s", "date": "%s",
                 "continuedParticipation": true, "verdict": "improved"}""".formatted(id, date);
    }

    static String closed(String id, LocalDate date) {
        return """
                {"schemaVersion": 1, "type": "case-closed", "id": "%s", "date": "%s", "reason": "completed",
                 "referrerInformed": true}""".formatted(id, date);
    }
}
