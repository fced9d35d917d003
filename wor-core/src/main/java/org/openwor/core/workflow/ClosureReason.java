package org.openwor.core.workflow;

import java.util.Locale;
import java.util.Objects;
import org.openwor.core.Localized;
import org.openwor.core.internal.Codes;
import org.openwor.core.internal.Messages;

/** Why a case (<i>traject</i>) was closed, and so in which terminal state it ends. */
public enum ClosureReason implements Localized {
    /** The pathway was completed: evaluated and reported back (<i>afgerond</i>). */
    COMPLETED(CaseState.COMPLETED),
    /** The client declined (<i>afgezien door cliënt</i>). */
    DECLINED_BY_CLIENT(CaseState.CANCELLED),
    /** The client could not be reached (<i>niet bereikbaar</i>). */
    UNREACHABLE(CaseState.FAILED),
    /** Welzijn op Recept turned out not to fit after the intake (<i>niet passend na intake</i>). */
    NOT_SUITABLE_AFTER_INTAKE(CaseState.REJECTED),
    /** The client was referred to indicated care (<i>doorverwezen naar geïndiceerde zorg</i>). */
    REFERRED_TO_INDICATED_CARE(CaseState.CANCELLED),
    /** The client dropped out (<i>uitgevallen</i>). */
    DROPPED_OUT(CaseState.FAILED),
    /** The client moved away or died (<i>verhuisd of overleden</i>). */
    MOVED_OR_DECEASED(CaseState.CANCELLED);

    private final CaseState terminalState;

    ClosureReason(CaseState terminalState) {
        this.terminalState = terminalState;
    }

    /**
     * Returns the terminal state a case closed for this reason ends in.
     *
     * @return completed, cancelled, failed or rejected
     */
    public CaseState terminalState() {
        return terminalState;
    }

    /**
     * Returns the stable, lowercase code, as used on the wire.
     *
     * @return the code, such as {@code completed}
     */
    @Override
    public String code() {
        return Codes.code(this);
    }

    /**
     * Returns the Dutch or English text.
     *
     * @param locale the reader's locale, not null
     * @return the text
     */
    @Override
    public String text(Locale locale) {
        return Messages.text("ClosureReason." + name(), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the lowercase code, not null
     * @return the constant
     * @throws IllegalArgumentException if no constant has this code
     */
    public static ClosureReason fromCode(String code) {
        return Codes.fromCode(ClosureReason.class, code);
    }
}
