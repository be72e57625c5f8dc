package io.codedelivery.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SearchIndicesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theDefaultNamesAreShortAndTheTopicNamingFollowsTheTopics() {
        assertThat(SearchIndices.fromEnvironment(Map.<String, String>of()::get)).isEqualTo(
                new SearchIndices("deliveries", "positions", "viewer-sessions", "logs-codedelivery", "audit"));
        assertThat(SearchIndices.fromEnvironment(Map.of("SEARCH_INDEX_NAMING", "Topics")::get)).isEqualTo(
                new SearchIndices("delivery.status", "route.new-position", "viewer.sessions", "codedelivery.logs",
                        "audit.events"));
    }

    @Test
    void eachIndexCanBeRenamedOnItsOwn() {
        SearchIndices indices = SearchIndices.fromEnvironment(
                Map.of("SEARCH_INDEX_NAMING", "topics", "SEARCH_INDEX_POSITIONS", "fleet-positions")::get);
        assertThat(indices.positions()).isEqualTo("fleet-positions");
        assertThat(indices.deliveries()).isEqualTo("delivery.status");
        assertThat(SearchIndices.fromEnvironment(Map.of("SEARCH_INDEX_AUDIT", "audit-trail")::get).audit())
                .isEqualTo("audit-trail");
    }

    @Test
    void namesTheEnginesWouldRefuseAreRefusedHere() {
        assertThatThrownBy(() -> SearchIndices.fromEnvironment(Map.of("SEARCH_INDEX_POSITIONS", "Positions")::get))
                .hasMessage("positions index name must be lower-case letters, digits and . _ - only");
        assertThatThrownBy(() -> SearchIndices.fromEnvironment(Map.of("SEARCH_INDEX_POSITIONS", "pos\",\"*")::get))
                .hasMessage("positions index name must be lower-case letters, digits and . _ - only");
        assertThatThrownBy(() -> SearchIndices.fromEnvironment(Map.of("SEARCH_INDEX_LOGS", "positions")::get))
                .hasMessage("the five search indices need five different names");
        assertThatThrownBy(() -> SearchIndices.fromEnvironment(Map.of("SEARCH_INDEX_AUDIT", "deliveries")::get))
                .hasMessage("the five search indices need five different names");
        assertThatThrownBy(() -> SearchIndices.fromEnvironment(Map.of("SEARCH_INDEX_NAMING", "seed")::get))
                .hasMessage("SEARCH_INDEX_NAMING must be default or topics");
    }

    @Test
    void aTemplateCoversTheIndexAndItsRolledOverGenerations() {
        SearchIndices.Index positions = SearchIndices.DEFAULT.all().get(1);
        JsonNode body = JSON.readTree(positions.templateBody());
        assertThat(positions.templateName()).isEqualTo("codedelivery-positions");
        assertThat(positions.topic()).isEqualTo("route.new-position");
        assertThat(body.get("index_patterns").toString()).isEqualTo("[\"positions\",\"positions-*\"]");
        JsonNode location = body.at("/template/mappings/properties/location");
        assertThat(location.get("type").asString()).isEqualTo("geo_point");
    }

    @Test
    void theAuditIndexMapsWhoAndWhenAndIndexesOnlyTheDetailsItKnows() {
        SearchIndices.Index audit = SearchIndices.DEFAULT.all().get(4);
        JsonNode properties = JSON.readTree(audit.template()).at("/mappings/properties");
        assertThat(audit.topic()).isEqualTo("audit.events");
        assertThat(audit.templateName()).isEqualTo("codedelivery-audit");
        assertThat(properties.at("/at/type").asString()).isEqualTo("date");
        assertThat(properties.at("/actor/properties/address/type").asString()).isEqualTo("keyword");
        assertThat(properties.at("/details/dynamic").asBoolean(true)).isFalse();
        JSON.readTree(GoldenSamples.auditEvent()).get("actor").propertyNames()
                .forEach(field -> assertThat(properties.at("/actor/properties").has(field)).as("maps actor." + field).isTrue());
    }

    @Test
    void theRecordIndicesAreStrictAndMapEveryFieldOfTheirEvent() {
        for (SearchIndices.Index index : SearchIndices.DEFAULT.all()) {
            JsonNode mappings = JSON.readTree(index.template()).get("mappings");
            JsonNode properties = mappings.get("properties");
            if (index.topic().equals(SearchIndices.LOGS_TOPIC)) {
                assertThat(properties.has("@timestamp")).isTrue();
                continue;
            }
            assertThat(mappings.get("dynamic").asString()).as(index.name()).isEqualTo("strict");
            byte[] sample = switch (index.topic()) {
                case "delivery.status" -> GoldenSamples.deliveryStatusChanged();
                case "route.new-position" -> GoldenSamples.positionReported();
                case "audit.events" -> GoldenSamples.auditEvent();
                default -> GoldenSamples.viewerSessionChanged();
            };
            JSON.readTree(sample).propertyNames()
                    .forEach(field -> assertThat(properties.has(field)).as(index.name() + " maps " + field).isTrue());
        }
    }
}
