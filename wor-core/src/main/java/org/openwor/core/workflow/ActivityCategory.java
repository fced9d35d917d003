package org.openwor.core.workflow;

import java.util.Locale;
import java.util.Objects;
import org.openwor.core.Localized;
import org.openwor.core.internal.Codes;
import org.openwor.core.internal.Messages;

/**
 * The kind of activity a client is matched with (seed 003 names a neighbourhood restaurant, a walking
 * group, an old hobby, a lapsed friendship and volunteering; seed 000 adds peer contact and exercise).
 */
public enum ActivityCategory implements Localized {
    /** Eating in a neighbourhood restaurant (<i>buurtrestaurant</i>). */
    NEIGHBOURHOOD_RESTAURANT,
    /** A walking group or other exercise (<i>wandelgroep, beweegaanbod</i>). */
    EXERCISE,
    /** Taking up a hobby, creative or cultural activity (<i>hobby</i>). */
    HOBBY_OR_CULTURE,
    /** Reviving a friendship or other social contact (<i>verwaterde vriendschap</i>). */
    SOCIAL_CONTACT,
    /** Volunteering (<i>vrijwilligerswerk</i>). */
    VOLUNTEERING,
    /** Contact with peers (<i>lotgenotencontact</i>). */
    PEER_SUPPORT,
    /** A course or learning activity (<i>cursus</i>). */
    COURSE,
    /** Any other activity (<i>overig</i>). */
    OTHER;

    /**
     * Returns the stable, lowercase code, as used on the wire.
     *
     * @return the code, such as {@code neighbourhood-restaurant}
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
        return Messages.text("ActivityCategory." + name(), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the lowercase code, not null
     * @return the constant
     * @throws IllegalArgumentException if no constant has this code
     */
    public static ActivityCategory fromCode(String code) {
        return Codes.fromCode(ActivityCategory.class, code);
    }
}
