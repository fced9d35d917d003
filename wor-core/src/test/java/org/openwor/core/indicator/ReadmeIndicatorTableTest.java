package org.openwor.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openwor.core.Localized;
import org.openwor.core.testing.ReadmeBlock;

/** The README's indicator table is generated from the definitions in {@link Indicator}. */
class ReadmeIndicatorTableTest {

    static String table() {
        StringBuilder out = new StringBuilder("| indicator | kind | definition | broken down by |\n|---|---|---|---|\n");
        for (Indicator indicator : Indicator.values()) {
            String breakdown = indicator.breakdown().isEmpty() ? "" : indicator.breakdown().get(0).getClass()
                    .getSimpleName() + ": " + indicator.breakdown().stream().map(Localized::code)
                    .collect(Collectors.joining(", "));
            out.append("| `").append(indicator.code()).append("` | ")
                    .append(indicator.kind().name().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(indicator.definition()).append(" | ").append(breakdown).append(" |\n");
        }
        return out.toString();
    }

    @Test
    void theReadmeTableHoldsEveryDefinition() throws IOException {
        ReadmeBlock block = new ReadmeBlock("indicator-table");
        assertThat(block.sync(table())).as("README table; rerun with -Dreadme.update=true")
                .isEqualTo(block.expected(table()));
    }

    @Test
    void everyIndicatorHasADefinitionAndKeys() {
        for (Indicator indicator : Indicator.values()) {
            assertThat(indicator.definition()).endsWith(".");
            assertThat(indicator.keys()).isNotEmpty().allSatisfy(key -> assertThat(IndicatorKey.fromCode(key.code()))
                    .isEqualTo(key));
        }
    }
}
