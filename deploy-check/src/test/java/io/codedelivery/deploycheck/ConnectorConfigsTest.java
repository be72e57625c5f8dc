package io.codedelivery.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.contracts.SearchIndices;
import io.codedelivery.devstack.SearchConnectors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The search-sink component registers the same connectors as `./codedelivery up`
 * (devstack/SearchConnectors), differing only where a cluster must: the search engine's URL and
 * credentials and the dead-letter topic's replication factor are ${env:...} references, resolved by
 * the worker's EnvVarConfigProvider, so no value is stored in Kafka and Confluent Cloud's
 * replication factor of 3 applies.
 */
class ConnectorConfigsTest {

    private static final String URL = "${env:SEARCH_URL}";
    private static final Map<String, String> CLUSTER_ONLY = Map.of(
            "connection.username", "${env:SEARCH_USERNAME}",
            "connection.password", "${env:SEARCH_PASSWORD}",
            "errors.deadletterqueue.topic.replication.factor", "${env:KAFKA_REPLICATION_FACTOR}");

    @Test
    void theComponentRegistersTheConnectorsOfDevstackWithSecretsFromTheEnvironment() throws IOException {
        Path folder = Renders.k8sDir().resolve("components/search-sink/connectors");
        Map<String, Map<String, String>> expected = SearchConnectors.configs(URL, SearchIndices.DEFAULT);
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString().replace(".json", ""))
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".json", "");
            @SuppressWarnings("unchecked")
            Map<String, String> actual = (Map<String, String>) Manifests.tree(Manifests.read(file));
            Map<String, String> wanted = new LinkedHashMap<>(expected.get(name));
            wanted.putAll(CLUSTER_ONLY);
            assertThat(actual).as(file.toString()).containsExactlyInAnyOrderEntriesOf(wanted);
        }
    }

    @Test
    void theKustomizationShipsEveryConnectorConfig() throws IOException {
        String kustomization = Manifests.read(Renders.k8sDir().resolve("components/search-sink/kustomization.yaml"));
        for (String name : SearchConnectors.configs(URL, SearchIndices.DEFAULT).keySet()) {
            assertThat(kustomization).as("search-sink/kustomization.yaml lists " + name).contains("connectors/" + name + ".json");
        }
    }
}
