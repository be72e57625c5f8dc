package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.contracts.SearchIndices;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchConnectorsTest {

    private final Map<String, Map<String, String>> connectors =
            SearchConnectors.configs("http://127.0.0.1:9200", SearchIndices.DEFAULT);

    @Test
    void oneConnectorPerTopicIntoItsIndex() {
        assertThat(connectors).containsOnlyKeys("codedelivery-deliveries", "codedelivery-positions",
                "codedelivery-viewer-sessions", "codedelivery-logs", "codedelivery-audit");
        assertThat(connectors.get("codedelivery-positions"))
                .containsEntry("topics", "route.new-position")
                .containsEntry("topic.index.map", "route.new-position:positions");
        assertThat(connectors.get("codedelivery-viewer-sessions"))
                .containsEntry("topic.index.map", "viewer.sessions:viewer-sessions");
        assertThat(connectors.get("codedelivery-audit"))
                .containsEntry("topics", "audit.events")
                .containsEntry("topic.index.map", "audit.events:audit");
    }

    @Test
    void aPositionIsItsDeliveryAndSeqWithALocationOfNamedMembers() {
        assertThat(connectors.get("codedelivery-positions"))
                .containsEntry("document.id.fields", "deliveryId,seq")
                .containsEntry("transforms.location.type", "io.codedelivery.connect.GeoPointField")
                .containsEntry("transforms.location.lat.field", "lat")
                .containsEntry("transforms.location.lon.field", "lng");
    }

    @Test
    void recordsThatAreAWholeStateAreKeyedDocumentsAndLogLinesAreTheirOffsets() {
        assertThat(connectors.get("codedelivery-deliveries")).containsEntry("key.ignore", "false")
                .doesNotContainKey("document.id.fields");
        assertThat(connectors.get("codedelivery-logs")).containsEntry("key.ignore", "true");
        assertThat(connectors.get("codedelivery-audit")).containsEntry("key.ignore", "false")
                .doesNotContainKey("document.id.fields");
    }

    @Test
    void everyConnectorReadsCommittedRecordsAndParksRefusalsOnItsOwnDeadLetterTopic() {
        connectors.forEach((name, config) -> {
            assertThat(config).as(name)
                    .containsEntry("consumer.override.isolation.level", "read_committed")
                    .containsEntry("errors.tolerance", "all")
                    .containsEntry("errors.deadletterqueue.topic.name", config.get("topics") + ".search-sink.dlq")
                    .containsEntry("errors.deadletterqueue.context.headers.enable", "true");
        });
    }

    @Test
    void theTopicNamingPutsEachTopicIntoTheIndexOfItsName() {
        var topicNamed = SearchConnectors.configs("http://127.0.0.1:9200", SearchIndices.TOPIC_NAMED);
        assertThat(topicNamed.get("codedelivery-deliveries"))
                .containsEntry("topic.index.map", "delivery.status:delivery.status");
        assertThat(topicNamed.get("codedelivery-audit")).containsEntry("topic.index.map", "audit.events:audit.events");
    }
}
