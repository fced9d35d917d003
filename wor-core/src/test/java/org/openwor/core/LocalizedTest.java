package org.openwor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openwor.core.deadline.DayCounting;
import org.openwor.core.deadline.DeadlineKind;
import org.openwor.core.deadline.DeadlineStatus;
import org.openwor.core.deadline.DutchHoliday;
import org.openwor.core.deadline.EvaluationAnchor;
import org.openwor.core.eligibility.FirstContact;
import org.openwor.core.eligibility.IneligibilityReason;
import org.openwor.core.workflow.ActivityCategory;
import org.openwor.core.workflow.CaseState;
import org.openwor.core.workflow.ClientVerdict;
import org.openwor.core.workflow.ClosureReason;
import org.openwor.core.workflow.EventType;
import org.openwor.core.workflow.OtherTrackKind;
import org.openwor.core.workflow.RejectionReason;
import org.openwor.core.workflow.StopReason;
import org.openwor.core.workflow.TrackTiming;

/**
 * {@link Localized}: every term of the domain has a stable lowercase code that {@code fromCode} reads
 * back, and a Dutch and an English text; every Dutch locale reads Dutch and every other locale English.
 */
class LocalizedTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    static List<Class<? extends Enum<?>>> terms() {
        return List.of(LifeDomain.class, PositiveHealthDimension.class, ReferrerRole.class, SocialSignal.class,
                DayCounting.class, DeadlineKind.class, DeadlineStatus.class, DutchHoliday.class,
                EvaluationAnchor.class, FirstContact.class, IneligibilityReason.class, ActivityCategory.class,
                CaseState.class, ClientVerdict.class, ClosureReason.class, EventType.class, OtherTrackKind.class,
                RejectionReason.class, StopReason.class, TrackTiming.class);
    }

    @ParameterizedTest
    @MethodSource("terms")
    void everyCodeIsLowercaseUniqueAndReadBack(Class<? extends Enum<?>> type) throws Exception {
        Method fromCode = type.getMethod("fromCode", String.class);
        Set<String> codes = new HashSet<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            String code = ((Localized) constant).code();
            assertThat(code).as("%s.%s", type.getSimpleName(), constant).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(codes.add(code)).as("unique code %s", code).isTrue();
            assertThat(fromCode.invoke(null, code)).isSameAs(constant);
        }
        assertThatThrownBy(() -> invoke(fromCode, "no-such-code")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> invoke(fromCode, type.getEnumConstants()[0].name()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("terms")
    void everyTermHasADutchAndAnEnglishText(Class<? extends Enum<?>> type) {
        boolean anyTranslated = false;
        for (Enum<?> constant : type.getEnumConstants()) {
            Localized term = (Localized) constant;
            String dutch = term.text(DUTCH);
            String english = term.text(Locale.ENGLISH);
            assertThat(dutch).as("%s.%s in Dutch", type.getSimpleName(), constant).isNotBlank().isNotEqualTo(term.code());
            assertThat(english).as("%s.%s in English", type.getSimpleName(), constant).isNotBlank();
            assertThat(term.text(Locale.forLanguageTag("nl-BE"))).isEqualTo(dutch);
            assertThat(term.text(Locale.GERMANY)).isEqualTo(english);
            anyTranslated |= !dutch.equals(english);
        }
        assertThat(anyTranslated).as("%s has texts in two languages", type.getSimpleName()).isTrue();
    }

    private static Object invoke(Method method, String argument) throws Throwable {
        try {
            return method.invoke(null, argument);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
