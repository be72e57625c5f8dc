package io.codedelivery.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.codedelivery.connect.SearchSinkConfig.MalformedBehavior;
import io.codedelivery.connect.SearchSinkConfig.NullValueBehavior;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SearchSinkConfigTest {

    private static Map<String, String> with(String... keyValues) {
        Map<String, String> props = new HashMap<>(Map.of("connection.url", "http://localhost:9200"));
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return props;
    }

    @Test
    void defaultsAreConfluentsWhereTheKeysOverlap() {
        SearchSinkConfig config = new SearchSinkConfig(with());

        assertThat(config.getBoolean("key.ignore")).isFalse();
        assertThat(config.schemaIgnore()).isFalse();
        assertThat(config.batchSize()).isEqualTo(2000);
        assertThat(config.lingerMs()).isEqualTo(1);
        assertThat(config.maxRetries()).isEqualTo(5);
        assertThat(config.getLong("retry.backoff.ms")).isEqualTo(100);
        assertThat(config.malformedBehavior()).isEqualTo(MalformedBehavior.FAIL);
        assertThat(config.nullValueBehavior()).isEqualTo(NullValueBehavior.FAIL);
        assertThat(config.connectionTimeoutMs()).isEqualTo(1000);
        assertThat(config.readTimeoutMs()).isEqualTo(3000);
        assertThat(config.indexNames().indexFor("route.new-position")).isEqualTo("route.new-position");
    }

    @Test
    void connectionUrlIsRequired() {
        assertThatThrownBy(() -> new SearchSinkConfig(Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Missing required configuration \"connection.url\"");
    }

    @Test
    void aConnectionUrlMustBeHttpWithAHost() {
        assertThatThrownBy(() -> new SearchSinkConfig(with("connection.url", "http://localhost:9200,localhost:9201")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid value localhost:9201 for configuration connection.url: expected an http:// or https:// "
                        + "URL with a host, e.g. http://localhost:9200");
    }

    @Test
    void behaviorsAreCaseInsensitiveAndListTheirChoicesWhenWrong() {
        assertThat(new SearchSinkConfig(with("behavior.on.malformed.documents", "WARN")).malformedBehavior())
                .isEqualTo(MalformedBehavior.WARN);
        assertThatThrownBy(() -> new SearchSinkConfig(with("behavior.on.malformed.documents", "skip")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid value skip for configuration behavior.on.malformed.documents: "
                        + "expected one of ignore, warn, fail");
        assertThatThrownBy(() -> new SearchSinkConfig(with("behavior.on.null.values", "drop")))
                .hasMessage("Invalid value drop for configuration behavior.on.null.values: expected one of ignore, delete, fail");
    }

    @Test
    void aTopicIndexMapEntryNeedsATopicAndAnIndex() {
        SearchSinkConfig config = new SearchSinkConfig(with("topic.index.map", "route.new-position:positions, route.new-direction:deliveries"));
        assertThat(config.indexNames().indexFor("route.new-direction")).isEqualTo("deliveries");

        assertThatThrownBy(() -> new SearchSinkConfig(with("topic.index.map", "route.new-position")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid value [route.new-position] for configuration topic.index.map: "
                        + "expected topic:index, got 'route.new-position'");
        assertThatThrownBy(() -> new SearchSinkConfig(with("topic.index.map", "a:x,a:y")))
                .hasMessageEndingWith("topic a is mapped twice");
    }

    @Test
    void anIndexNameFormatThatCannotMakeAnIndexNameIsRefused() {
        assertThatThrownBy(() -> new SearchSinkConfig(with("index.name.format", "_${topic}")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid value _${topic} for configuration index.name.format: "
                        + "an index name cannot start with '_': _topic");
    }

    @Test
    void numbersHaveBounds() {
        assertThatThrownBy(() -> new SearchSinkConfig(with("batch.size", "0")))
                .hasMessage("Invalid value 0 for configuration batch.size: Value must be at least 1");
        assertThatThrownBy(() -> new SearchSinkConfig(with("max.retries", "-1")))
                .hasMessage("Invalid value -1 for configuration max.retries: Value must be at least 0");
    }

    @Test
    void deletingOnNullValuesNeedsTheKeyAsTheId() {
        assertThatThrownBy(() -> new SearchSinkConfig(with("behavior.on.null.values", "delete", "key.ignore", "true"))
                .checkCombinations())
                .isInstanceOf(ConfigException.class)
                .hasMessage("behavior.on.null.values=delete needs the document id from the key, but key.ignore=true");
    }

    @Test
    void thePasswordIsNeverPrinted() {
        SearchSinkConfig config = new SearchSinkConfig(with("connection.username", "sink", "connection.password", "s3cret"));

        assertThat(config.password().value()).isEqualTo("s3cret");
        assertThat(config.toString()).doesNotContain("s3cret");
        assertThat(config.documentIds().fromFields()).isFalse();
        assertThat(config.connectionUrls()).isEqualTo(List.of("http://localhost:9200"));
    }
}
