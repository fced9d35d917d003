package org.openwor.core;

import org.immutables.value.Value;

/**
 * The Positive Health spider web (<i>spinnenweb Positieve Gezondheid</i>) as a conversation tool, with
 * the six scores the client gave.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class PositiveHealthSpiderWeb implements ConversationTool {

    PositiveHealthSpiderWeb() {}

    /**
     * Returns the client's scores.
     *
     * @return the six scores
     */
    @Value.Parameter
    public abstract PositiveHealthScores scores();

    /**
     * Obtains a spider web from its scores.
     *
     * @param scores the scores, not null
     * @return the conversation tool
     */
    public static PositiveHealthSpiderWeb of(PositiveHealthScores scores) {
        return ImmutablePositiveHealthSpiderWeb.of(scores);
    }
}
