package org.openwor.core.workflow;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.openwor.core.internal.Messages;

/**
 * Why {@link CaseWorkflow} refused an event: the reason, the offending event, the state the case was in
 * and the event types that state would have accepted. The case is unchanged.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Rejection {

    Rejection() {}

    /**
     * Returns why the event was refused.
     *
     * @return the reason
     */
    public abstract RejectionReason reason();

    /**
     * Returns the id of the refused event.
     *
     * @return the event id
     */
    public abstract String eventId();

    /**
     * Returns the type of the refused event.
     *
     * @return the event type
     */
    public abstract EventType eventType();

    /**
     * Returns the state of the case when the event was refused.
     *
     * @return the state
     */
    public abstract CaseState state();

    /**
     * Returns the event types the case accepts in its state (empty once it has ended).
     *
     * @return the expected event types
     */
    public abstract Set<EventType> expected();

    /**
     * Obtains a rejection.
     *
     * @param reason why, not null
     * @param event the refused event, not null
     * @param state the state of the case, not null
     * @param expected the event types allowed in that state, not null
     * @return the rejection
     */
    public static Rejection of(RejectionReason reason, CaseEvent event, CaseState state, Set<EventType> expected) {
        return ImmutableRejection.builder().reason(reason).eventId(event.id()).eventType(event.type()).state(state)
                .addAllExpected(expected).build();
    }

    /**
     * Returns the rejection as one sentence for a coach: what was refused, why, and what was expected.
     *
     * @param locale the reader's locale, not null
     * @return the Dutch or English text
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String text = String.format(Messages.text("rejection.format", locale), eventType().text(locale), eventId(),
                state().text(locale), reason().text(locale));
        if (!expected().isEmpty()) {
            text += " " + Messages.text("rejection.expected", locale) + " "
                    + expected().stream().map(type -> type.text(locale)).collect(Collectors.joining(", ")) + ".";
        }
        return text;
    }
}
