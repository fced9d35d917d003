package org.openwor.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openwor.core.deadline.Deadline;
import org.openwor.core.deadline.DeadlinePolicy;
import org.openwor.core.deadline.WorklistItem;
import org.openwor.core.indicator.IndicatorKey;
import org.openwor.core.indicator.IndicatorReport;
import org.openwor.core.indicator.IndicatorValue;
import org.openwor.core.indicator.PublishedReport;
import org.openwor.core.indicator.SuppressionPolicy;
import org.openwor.core.workflow.Case;
import org.openwor.json.WireArbitraries.CaseLists;
import org.openwor.json.WireArbitraries.Policies;
import org.openwor.json.WireArbitraries.Reports;

/**
 * Deadlines, worklists and indicator reports on the wire: they round-trip, a published report never
 * shows a hidden value, and every document written is valid against its JSON Schema.
 */
class IndicatorJsonTest {

    private final ObjectMapper mapper = WorJson.newMapper();

    @Property(tries = 100)
    void reportsRoundTripAndAreValid(@ForAll(supplier = Reports.class) IndicatorReport report) throws Exception {
        String json = mapper.writeValueAsString(report);
        assertThat(json).startsWith("{\"schemaVersion\":1,\"period\":");
        assertThat(mapper.readValue(json, IndicatorReport.class)).isEqualTo(report);
        assertThat(Schemas.errors("indicator-report.schema.json", json)).isEmpty();
    }

    @Property(tries = 100)
    void publishedReportsRoundTripShowNoHiddenValueAndAreValid(@ForAll(supplier = Reports.class) IndicatorReport report,
            @ForAll(supplier = Policies.class) SuppressionPolicy policy) throws Exception {
        PublishedReport published = report.publish(policy);
        String json = mapper.writeValueAsString(published);
        assertThat(mapper.readValue(json, PublishedReport.class)).isEqualTo(published);
        assertThat(Schemas.errors("published-report.schema.json", json)).isEmpty();
        JsonNode rows = mapper.readTree(json).get("rows");
        assertThat(rows.size()).isEqualTo(published.rows().size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode values = rows.get(i).get("values");
            assertThat(values.size()).isEqualTo(published.rows().get(i).cells().size());
            for (Map.Entry<IndicatorKey, Optional<IndicatorValue>> cell : published.rows().get(i).cells().entrySet()) {
                JsonNode node = values.get(cell.getKey().code());
                assertThat(node.isNull()).as(cell.getKey().code()).isEqualTo(cell.getValue().isEmpty());
            }
        }
    }

    @Test
    void aHiddenCellIsNullAndTheSuppressionIsNamed() throws Exception {
        JsonNode json = mapper.readTree(Documents.read("published-report.json"));
        assertThat(json.get("suppression").toString()).isEqualTo("{\"mode\":\"threshold\",\"k\":2}");
        long hidden = Documents.publishedReport().rows().stream().flatMap(row -> row.cells().values().stream())
                .filter(Optional::isEmpty).count();
        long nulls = 0;
        for (JsonNode row : json.get("rows")) {
            for (JsonNode cell : row.get("values")) {
                nulls += cell.isNull() ? 1 : 0;
            }
        }
        assertThat(hidden).isPositive();
        assertThat(nulls).isEqualTo(hidden);
    }

    @Property(tries = 100)
    void deadlinesAndWorklistsRoundTripAndAreValid(@ForAll(supplier = CaseLists.class) List<Case> cases,
            @ForAll @IntRange(min = 0, max = 400) int days) throws Exception {
        LocalDate today = LocalDate.of(2025, 1, 1).plusDays(days * 3L);
        for (Case c : cases) {
            for (Deadline deadline : DeadlinePolicy.defaults().deadlines(c, today)) {
                String json = mapper.writeValueAsString(deadline);
                assertThat(mapper.readValue(json, Deadline.class)).isEqualTo(deadline);
                assertThat(Schemas.errors("worklist.schema.json#/$defs/deadline", json)).isEmpty();
            }
        }
        WorklistItem[] worklist = DeadlinePolicy.defaults().worklist(cases, today, 30).toArray(new WorklistItem[0]);
        String json = mapper.writeValueAsString(worklist);
        assertThat(mapper.readValue(json, WorklistItem[].class)).containsExactly(worklist);
        assertThat(Schemas.errors("worklist.schema.json", json)).isEmpty();
    }

    @Test
    void aMeanCarriesItsDerivedValueAndAnEmptyQuantileIsNull() throws Exception {
        assertThat(mapper.writeValueAsString(new IndicatorValue.Mean(7, 2)))
                .isEqualTo("{\"sum\":7,\"n\":2,\"mean\":3.5}");
        assertThat(mapper.writeValueAsString(new IndicatorValue.Mean(0, 0))).isEqualTo("{\"sum\":0,\"n\":0}");
        assertThat(mapper.writeValueAsString(new IndicatorValue.Quantile(Double.NaN, 0)))
                .isEqualTo("{\"quantile\":null,\"n\":0}");
        assertThat(mapper.readValue("{\"quantile\":null,\"n\":0}", IndicatorValue.class))
                .isEqualTo(new IndicatorValue.Quantile(Double.NaN, 0));
        assertThat(mapper.readValue("{\"sum\":7,\"n\":2,\"mean\":3.5}", IndicatorValue.class))
                .isEqualTo(new IndicatorValue.Mean(7, 2));
    }
}
