package org.openwor.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openwor.core.workflow.CaseEvent;
import org.openwor.core.workflow.CaseState;
import org.openwor.core.workflow.CaseWorkflow;
import org.openwor.core.workflow.OtherTrackKind;
import org.openwor.examples.synthetic.SyntheticCases.Generated;
import org.openwor.examples.synthetic.SyntheticCases.GeneratedCase;
import org.openwor.examples.synthetic.SyntheticCases.GeneratedIneligible;

/** The generator: seeded, streaming, realistic and valid by construction. */
class SyntheticCasesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        List<Generated> once = SyntheticCases.generate(500, 11L, FROM, 365).toList();
        assertThat(SyntheticCases.generate(500, 11L, FROM, 365).toList()).isEqualTo(once);
        assertThat(SyntheticCases.generate(500, 12L, FROM, 365).toList()).isNotEqualTo(once);
        assertThat(once).hasSize(500);
    }

    @Test
    void everyCaseIsWhatTheWorkflowMakesOfItsEventsAndReferralDatesStayInThePeriod() {
        CaseWorkflow workflow = CaseWorkflow.defaults();
        SyntheticCases.generate(2000, 3L, FROM, 90).forEach(g -> {
            if (g instanceof GeneratedCase c) {
                assertThat(workflow.replay(c.c().events()).get()).isEqualTo(c.c());
                assertThat(c.c().referral().orElseThrow().referralDate()).isBetween(FROM, FROM.plusDays(89));
                assertThat(c.gpVisitsAfter()).isPresent();
                assertThat(c.gpVisitsAfter().getAsInt()).isNotNegative();
            } else {
                assertThat(((GeneratedIneligible) g).referral().referralDate()).isBetween(FROM, FROM.plusDays(89));
            }
        });
    }

    @Test
    void theMixLooksLikeAWorkingProgramme() {
        List<Generated> all = SyntheticCases.generate(10_000, 5L, FROM, 365).toList();
        long ineligible = all.stream().filter(GeneratedIneligible.class::isInstance).count();
        assertThat(ineligible).isBetween(1300L, 1700L);
        var closures = all.stream().filter(GeneratedCase.class::isInstance).map(g -> ((GeneratedCase) g).c().state())
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertThat(closures.get(CaseState.COMPLETED)).isBetween(5000L, 7500L);
        assertThat(all.stream().filter(GeneratedCase.class::isInstance)
                .flatMap(g -> ((GeneratedCase) g).c().events().stream())
                .filter(CaseEvent.OtherSupportStarted.class::isInstance)
                .map(e -> ((CaseEvent.OtherSupportStarted) e).kind()).distinct())
                .as("every kind of track that must come first").containsExactlyInAnyOrder(OtherTrackKind.values());
        assertThat(closures.keySet()).containsOnly(CaseState.COMPLETED, CaseState.CANCELLED, CaseState.FAILED,
                CaseState.REJECTED);
    }

    @Test
    void onAGivenDayRecentCasesAreStillOpenAndLaterEventsHaveNotHappened() {
        LocalDate asOf = LocalDate.of(2026, 7, 1);
        List<Generated> full = SyntheticCases.generate(3000, 9L, FROM, 180).toList();
        List<Generated> then = SyntheticCases.generate(3000, 9L, FROM, 180, asOf).toList();
        assertThat(then).hasSize(full.size());
        long open = 0;
        for (int i = 0; i < full.size(); i++) {
            if (full.get(i) instanceof GeneratedCase whole) {
                GeneratedCase now = (GeneratedCase) then.get(i);
                assertThat(now.c().events()).isEqualTo(
                        whole.c().events().stream().filter(e -> !e.date().isAfter(asOf)).toList());
                assertThat(now.gpVisitsAfter()).isEmpty();
                open += now.c().state().isTerminal() ? 0 : 1;
            } else {
                assertThat(then.get(i)).isEqualTo(full.get(i));
            }
        }
        assertThat(open).isGreaterThan(1000L);
        assertThatThrownBy(() -> SyntheticCases.generate(1, 1L, FROM, 180, FROM.plusDays(180)))
                .hasMessageContaining("asOf");
    }

    @Test
    void theIteratorStopsAtTheCountAndRejectsABadPeriod() {
        SyntheticCases it = SyntheticCases.iterator(2, 1L, FROM, 10, LocalDate.MAX);
        it.next();
        it.next();
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> SyntheticCases.iterator(1, 1L, FROM, 0, LocalDate.MAX)).hasMessageContaining("days");
        assertThatThrownBy(() -> SyntheticCases.iterator(-1, 1L, FROM, 1, LocalDate.MAX)).hasMessageContaining("referrals");
    }
}
