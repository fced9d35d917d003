package org.openwor.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link IndicatorValue}: each kind's figure, base and the text a report table shows. */
class IndicatorValueTest {

    @Test
    void aCountIsItsOwnBaseAndText() {
        IndicatorValue.Count count = new IndicatorValue.Count(4);
        assertThat(count.base()).isEqualTo(4);
        assertThat(count.format()).isEqualTo("4");
    }

    @Test
    void aShareIsTheFractionOfItsDenominator() {
        IndicatorValue.Share share = new IndicatorValue.Share(2, 8);
        assertThat(share.ratio()).isEqualTo(0.25);
        assertThat(share.base()).isEqualTo(8);
        assertThat(share.format()).isEqualTo("2/8 (25.0%)");
        IndicatorValue.Share none = new IndicatorValue.Share(0, 0);
        assertThat(none.ratio()).isNaN();
        assertThat(none.base()).isZero();
        assertThat(none.format()).isEqualTo("0/0");
    }

    @Test
    void aMeanIsTheSumOverN() {
        IndicatorValue.Mean mean = new IndicatorValue.Mean(7, 2);
        assertThat(mean.value()).isEqualTo(3.5);
        assertThat(mean.base()).isEqualTo(2);
        assertThat(mean.format()).isEqualTo("3.50 (n=2)");
        IndicatorValue.Mean empty = new IndicatorValue.Mean(0, 0);
        assertThat(empty.value()).isNaN();
        assertThat(empty.format()).isEqualTo("-");
    }

    @Test
    void aQuantileShowsWholeDaysWithoutAFraction() {
        assertThat(new IndicatorValue.Quantile(6.0, 2).format()).isEqualTo("6 (n=2)");
        assertThat(new IndicatorValue.Quantile(6.5, 2).format()).isEqualTo("6.5 (n=2)");
        assertThat(new IndicatorValue.Quantile(Double.NaN, 0).format()).isEqualTo("-");
        assertThat(new IndicatorValue.Quantile(6.5, 2).base()).isEqualTo(2);
    }

    @Test
    void everyGroupingHasACodeThatIsReadBack() {
        assertThat(Grouping.REFERRER_ROLE.code()).isEqualTo("referrer-role");
        for (Grouping grouping : Grouping.values()) {
            assertThat(grouping.code()).isEqualTo(grouping.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            assertThat(Grouping.fromCode(grouping.code())).isSameAs(grouping);
        }
    }
}
