package org.openwor.core;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;
import org.openwor.core.internal.Checks;

/**
 * Scores on the six dimensions of the Positive Health spider web (<i>spinnenweb Positieve
 * Gezondheid</i>), each a whole number from 0 to 10.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PositiveHealthScores {

    PositiveHealthScores() {}

    /**
     * Returns the score per dimension; every one of the six dimensions has a score.
     *
     * @return the scores, in the order of {@link PositiveHealthDimension}
     */
    public abstract Map<PositiveHealthDimension, Integer> scores();

    /**
     * Returns the score on one dimension.
     *
     * @param dimension the dimension, not null
     * @return the score, 0 to 10
     */
    public int score(PositiveHealthDimension dimension) {
        return scores().get(Objects.requireNonNull(dimension, "dimension"));
    }

    /**
     * Obtains scores from a map that holds all six dimensions.
     *
     * @param scores the score per dimension, not null
     * @return the scores
     * @throws InvalidValueException if a dimension is missing or a score is outside 0–10
     */
    public static PositiveHealthScores of(Map<PositiveHealthDimension, Integer> scores) {
        Map<PositiveHealthDimension, Integer> ordered = new EnumMap<>(PositiveHealthDimension.class);
        ordered.putAll(Objects.requireNonNull(scores, "scores"));
        return ImmutablePositiveHealthScores.builder().putAllScores(ordered).build();
    }

    /**
     * Obtains scores from six numbers in the order of the spider web.
     *
     * @param bodilyFunctions the score for bodily functions (<i>lichaamsfuncties</i>), 0–10
     * @param mentalWellbeing the score for mental wellbeing (<i>mentaal welbevinden</i>), 0–10
     * @param meaningfulness the score for meaningfulness (<i>zingeving</i>), 0–10
     * @param qualityOfLife the score for quality of life (<i>kwaliteit van leven</i>), 0–10
     * @param participation the score for participation (<i>meedoen</i>), 0–10
     * @param dailyFunctioning the score for daily functioning (<i>dagelijks functioneren</i>), 0–10
     * @return the scores
     * @throws InvalidValueException if a score is outside 0–10
     */
    public static PositiveHealthScores of(int bodilyFunctions, int mentalWellbeing, int meaningfulness,
            int qualityOfLife, int participation, int dailyFunctioning) {
        int[] values = {bodilyFunctions, mentalWellbeing, meaningfulness, qualityOfLife, participation,
            dailyFunctioning};
        Map<PositiveHealthDimension, Integer> scores = new EnumMap<>(PositiveHealthDimension.class);
        for (PositiveHealthDimension dimension : PositiveHealthDimension.values()) {
            scores.put(dimension, values[dimension.ordinal()]);
        }
        return of(scores);
    }

    @Value.Check
    void check() {
        for (PositiveHealthDimension dimension : PositiveHealthDimension.values()) {
            Integer score = scores().get(dimension);
            Checks.require(score != null, "scores." + dimension.code(), "score-missing",
                    "the spider web needs a score for each of its six dimensions");
            Checks.require(score >= 0 && score <= 10, "scores." + dimension.code(), "score-range",
                    "a Positive Health score is a whole number from 0 to 10");
        }
    }
}
