package io.codedelivery.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class SearchSinkConnectorTest {

    private static final Map<String, String> SETTINGS = Map.of(
            "connection.url", "http://localhost:9200", "topics", "route.new-position",
            "document.id.fields", "deliveryId,seq");

    @Test
    void everyTaskGetsTheConnectorsSettings() {
        SearchSinkConnector connector = new SearchSinkConnector();
        connector.start(SETTINGS);

        List<Map<String, String>> tasks = connector.taskConfigs(3);

        assertThat(tasks).hasSize(3).allSatisfy(task -> assertThat(task).isEqualTo(SETTINGS));
        assertThat(connector.taskClass()).isEqualTo(SearchSinkTask.class);
    }

    @Test
    void theVersionIsTheBuildsVersion() {
        assertThat(new SearchSinkConnector().version()).isNotBlank().isNotEqualTo("unknown").doesNotContain("${");
    }

    @Test
    void everyKeyIsDocumented() {
        ConfigDef def = new SearchSinkConnector().config();

        assertThat(def.configKeys().values()).allSatisfy(key -> assertThat(key.documentation).isNotBlank());
        assertThat(def.names()).contains("connection.url", "key.ignore", "schema.ignore", "batch.size", "max.retries",
                "retry.backoff.ms", "behavior.on.malformed.documents", "behavior.on.null.values", "document.id.fields");
    }

    @Test
    void validationNamesTheSettingsThatDoNotGoTogether() {
        Map<String, String> props = Map.of("connection.url", "http://localhost:9200",
                "behavior.on.null.values", "delete", "document.id.fields", "deliveryId,seq");

        Config config = new SearchSinkConnector().validate(props);

        ConfigValue onNull = config.configValues().stream()
                .filter(value -> value.name().equals("behavior.on.null.values")).findFirst().orElseThrow();
        assertThat(onNull.errorMessages()).containsExactly("behavior.on.null.values=delete needs the document id from the "
                + "key, but document.id.fields takes it from the value, which a null value does not have");
    }

    @Test
    void startRefusesSettingsThatDoNotGoTogether() {
        assertThatThrownBy(() -> new SearchSinkConnector().start(Map.of("connection.url", "http://localhost:9200",
                "behavior.on.null.values", "delete", "key.ignore", "true")))
                .isInstanceOf(ConfigException.class);
    }
}
