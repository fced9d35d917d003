package org.openwor.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A drastic life event (<i>ingrijpende gebeurtenis</i>, <i>life event</i>) the referrer noted: the loss of a
 * partner, of work, a serious diagnosis, a move.
 *
 * <p>Welzijn op Recept is not meant for people for whom a life event is still too recent, too much in
 * the foreground (seed 003). The referrer's judgement is recorded in {@link #stillInForeground()}; how
 * it is weighed, and whether the date counts too, is set by the eligibility policy.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LifeEvent {

    LifeEvent() {}

    /**
     * Returns whether, in the referrer's judgement, the event is still too much in the foreground.
     *
     * @return true if the event is still too acute
     */
    @Value.Parameter
    public abstract boolean stillInForeground();

    /**
     * Returns the date of the event, if known. It is redacted from {@link #toString()}.
     *
     * @return the date of the event
     */
    @Value.Parameter
    @Value.Redacted
    public abstract Optional<LocalDate> date();

    /**
     * Obtains a life event whose date is not known.
     *
     * @param stillInForeground whether, in the referrer's judgement, the event is still too acute
     * @return the life event
     */
    public static LifeEvent of(boolean stillInForeground) {
        return ImmutableLifeEvent.of(stillInForeground, Optional.empty());
    }

    /**
     * Obtains a life event on a known date.
     *
     * @param stillInForeground whether, in the referrer's judgement, the event is still too acute
     * @param date the date of the event, not null
     * @return the life event
     */
    public static LifeEvent of(boolean stillInForeground, LocalDate date) {
        return ImmutableLifeEvent.of(stillInForeground, Optional.of(date));
    }
}
