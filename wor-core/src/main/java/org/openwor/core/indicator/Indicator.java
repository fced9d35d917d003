package org.openwor.core.indicator;

import java.util.List;
import org.openwor.core.Localized;
import org.openwor.core.PositiveHealthDimension;
import org.openwor.core.eligibility.IneligibilityReason;
import org.openwor.core.internal.Codes;
import org.openwor.core.workflow.ActivityCategory;
import org.openwor.core.workflow.ClosureReason;
import org.openwor.core.workflow.OtherTrackKind;

/**
 * The monitoring indicators, each with its written definition: what is counted (numerator), out of what
 * (denominator) and which cases count. A report covers the referrals whose referral date falls in its
 * period; "cases" are the eligible referrals, which open a case; deadlines are judged on the report's
 * {@code asOf} date under its deadline policy.
 */
public enum Indicator {
    /** Referrals in the period, eligible or not. */
    REFERRALS(Kind.COUNT, "Referrals in the period, eligible or not."),
    /** Referrals that were not eligible, per reason; a referral with several reasons counts under each. */
    NOT_ELIGIBLE_BY_REASON(Kind.COUNT, "Referrals not eligible, per reason; a referral with several reasons "
            + "counts under each.", IneligibilityReason.values()),
    /** Cases: eligible referrals, each of which opens a case. */
    CASES(Kind.COUNT, "Cases: eligible referrals, each opening a case."),
    /** Frequent attenders (10 to 20 visits a year by default) among the cases. */
    FREQUENT_ATTENDERS(Kind.SHARE, "Cases whose client is a frequent attender (10-20 visits a year) / cases."),
    /** Cases in which the client was reached. */
    CONTACTED(Kind.SHARE, "Cases in which the client was reached / cases."),
    /** First contact within the deadline, among cases whose deadline is decided (met, met late or overdue). */
    FIRST_CONTACT_ON_TIME(Kind.SHARE, "Cases with first contact on or before its due date / cases whose "
            + "first-contact deadline is met, met late or overdue on the as-of date."),
    /** Median days from referral to the first reached contact. */
    DAYS_TO_FIRST_CONTACT_MEDIAN(Kind.MEDIAN, "Median days from the referral date to the first reached contact, "
            + "over contacted cases (exact)."),
    /** 90th percentile of days from referral to first reached contact (nearest rank). */
    DAYS_TO_FIRST_CONTACT_P90(Kind.P90, "90th percentile (nearest rank) of days from the referral date to the "
            + "first reached contact, over contacted cases (exact)."),
    /** Cases closed because the client could not be reached. */
    UNREACHABLE(Kind.SHARE, "Cases closed as unreachable / cases."),
    /** Cases with an intake. */
    INTAKE_HELD(Kind.SHARE, "Cases with an intake / cases."),
    /** Intakes that found another track must come first, per kind. */
    OTHER_TRACK_FIRST(Kind.SHARE, "Intakes that found this kind of track must come first / intakes.",
            OtherTrackKind.values()),
    /** Cases with an activity matched, among cases with an intake. */
    ACTIVITY_MATCHED(Kind.SHARE, "Cases with at least one activity matched / cases with an intake."),
    /** Activities matched, per category; a case with a second activity counts twice. */
    ACTIVITY_CATEGORY(Kind.COUNT, "Activities matched, per category (every match counts).",
            ActivityCategory.values()),
    /** Cases with an evaluation. */
    EVALUATION_HELD(Kind.SHARE, "Cases with an evaluation / cases."),
    /** Continued participation at the evaluation (blijven deelnemen). */
    CONTINUED_PARTICIPATION(Kind.SHARE, "Evaluations at which the client still takes part in an activity / "
            + "evaluations."),
    /** Evaluation within the deadline, among cases whose deadline is decided. */
    EVALUATION_ON_TIME(Kind.SHARE, "Evaluations on or before their due date / cases whose evaluation deadline is "
            + "met, met late or overdue on the as-of date."),
    /** Feedback to the referrer within the deadline, among cases whose deadline is decided. */
    FEEDBACK_ON_TIME(Kind.SHARE, "Feedback to the referrer on or before its due date / cases whose feedback "
            + "deadline is met, met late or overdue on the as-of date."),
    /** Mean change on a Positive Health dimension, over paired measurements. */
    POSITIVE_HEALTH_CHANGE_MEAN(Kind.MEAN, "Mean of (evaluation score - baseline score) per dimension, over cases "
            + "with both; the baseline is the intake score, else the referrer's spider web.",
            PositiveHealthDimension.values()),
    /** Share improved on a Positive Health dimension, over paired measurements. */
    POSITIVE_HEALTH_IMPROVED(Kind.SHARE, "Cases whose evaluation score is higher than the baseline / cases with "
            + "both scores, per dimension.", PositiveHealthDimension.values()),
    /** Mean change in GP visits, 12 months after the referral minus the 12 months before. */
    GP_VISITS_CHANGE_MEAN(Kind.MEAN, "Mean of (GP visits in the 12 months after - in the 12 months before the "
            + "referral), over cases with both counts from the GP system."),
    /** Median change in GP visits, over paired counts. */
    GP_VISITS_CHANGE_MEDIAN(Kind.MEDIAN, "Median of the same change in GP visits, over cases with both counts "
            + "(exact)."),
    /** Share of cases with fewer GP visits after than before. */
    GP_VISITS_REDUCED(Kind.SHARE, "Cases with fewer GP visits after than before / cases with both counts."),
    /** Closed cases per closure reason. */
    CLOSURE_REASON(Kind.COUNT, "Closed cases, per closure reason.", ClosureReason.values()),
    /** Median length of ended cases in days. */
    CASE_LENGTH_MEDIAN(Kind.MEDIAN, "Median days from the referral date to the end of the case (closure or "
            + "withdrawal of consent), over ended cases (exact).");

    /** The kind of value an indicator has. */
    public enum Kind {
        /** A {@link IndicatorValue.Count}. */
        COUNT,
        /** A {@link IndicatorValue.Share}. */
        SHARE,
        /** A {@link IndicatorValue.Mean}. */
        MEAN,
        /** A median, a {@link IndicatorValue.Quantile}. */
        MEDIAN,
        /** A 90th percentile, a {@link IndicatorValue.Quantile}. */
        P90
    }

    private final Kind kind;
    private final String definition;
    private final List<Localized> breakdown;

    Indicator(Kind kind, String definition, Localized... breakdown) {
        this.kind = kind;
        this.definition = definition;
        this.breakdown = List.of(breakdown);
    }

    /**
     * Returns the kind of value.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the written definition: numerator, denominator and which cases count.
     *
     * @return the definition, in English
     */
    public String definition() {
        return definition;
    }

    /**
     * Returns the terms this indicator is broken down by, empty for a single value.
     *
     * @return the breakdown
     */
    public List<Localized> breakdown() {
        return breakdown;
    }

    /**
     * Returns the stable, lowercase code.
     *
     * @return the code, such as {@code first-contact-on-time}
     */
    public String code() {
        return Codes.code(this);
    }

    /**
     * Returns the keys of this indicator: one, or one per breakdown term.
     *
     * @return the keys, in a stable order
     */
    public List<IndicatorKey> keys() {
        if (breakdown.isEmpty()) {
            return List.of(IndicatorKey.of(this));
        }
        return breakdown.stream().map(term -> IndicatorKey.of(this, term)).toList();
    }
}
