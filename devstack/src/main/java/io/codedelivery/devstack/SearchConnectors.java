package io.codedelivery.devstack;

import io.codedelivery.contracts.SearchIndices;
import io.codedelivery.contracts.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The five connectors of our sink that feed the search engine, one per topic, registered over
 * Connect's REST API ({@code PUT /connectors/NAME/config}, so registering again changes nothing).
 * Each reads committed records only and parks what the engine refuses on a dead-letter topic of its
 * own, {@code <topic>.search-sink.dlq}, with the reason in the record's headers.
 */
public final class SearchConnectors {

    public static final String DEAD_LETTER_SUFFIX = ".search-sink.dlq";

    private SearchConnectors() {
    }

    /** Connector name ({@code codedelivery-positions}, ...) to its configuration. */
    public static Map<String, Map<String, String>> configs(String searchUrl, SearchIndices indices) {
        Map<String, Map<String, String>> connectors = new LinkedHashMap<>();
        for (SearchIndices.Index index : indices.all()) {
            Map<String, String> config = common(searchUrl, index);
            if (index.topic().equals(Topics.POSITION_REPORTED.name())) {
                // many records share a delivery's key: each position's id is its delivery and seq
                config.put("document.id.fields", "deliveryId,seq");
                config.put("tasks.max", "2");
                config.put("transforms", "location");
                config.put("transforms.location.type", "io.codedelivery.connect.GeoPointField");
                config.put("transforms.location.field", "location");
                config.put("transforms.location.lat.field", "lat");
                config.put("transforms.location.lon.field", "lng");
            } else if (index.topic().equals(SearchIndices.LOGS_TOPIC)) {
                config.put("key.ignore", "true");
            }
            // otherwise the key is the id: each record is the whole current state of its key (the last one wins),
            // or, for audit events, keyed by their own event id, a document of its own
            connectors.put(index.templateName(), config);
        }
        return connectors;
    }

    /** Registers every connector, then waits until each has all its tasks running. */
    public static void register(String connectUrl, String searchUrl, SearchIndices indices, Duration timeout) {
        Map<String, Map<String, String>> connectors = configs(searchUrl, indices);
        connectors.forEach((name, config) -> {
            SearchHttp.Answer answer = SearchHttp.put(connectUrl + "/connectors/" + name + "/config", json(config));
            if (!answer.ok()) {
                throw new IllegalStateException("Kafka Connect refused the connector " + name + " (HTTP "
                        + answer.status() + "): " + IndexTemplates.shortened(answer.body()));
            }
        });
        Instant deadline = Instant.now().plus(timeout);
        for (String name : connectors.keySet()) {
            awaitRunning(connectUrl, name, deadline);
        }
    }

    private static void awaitRunning(String connectUrl, String name, Instant deadline) {
        String status = "";
        while (Instant.now().isBefore(deadline)) {
            status = SearchHttp.get(connectUrl + "/connectors/" + name + "/status").body();
            if (status.contains("\"tasks\":[{") && !status.contains("\"FAILED\"") && !status.contains("\"UNASSIGNED\"")
                    && !status.contains("\"PAUSED\"")) {
                return;
            }
            if (status.contains("\"FAILED\"")) {
                throw new IllegalStateException("connector " + name + " failed: " + IndexTemplates.shortened(status));
            }
            pause();
        }
        throw new IllegalStateException("connector " + name + " has no running task yet: " + IndexTemplates.shortened(status));
    }

    private static Map<String, String> common(String searchUrl, SearchIndices.Index index) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", "io.codedelivery.connect.SearchSinkConnector");
        config.put("tasks.max", "1");
        config.put("topics", index.topic());
        config.put("connection.url", searchUrl);
        config.put("topic.index.map", index.topic() + ":" + index.name());
        config.put("key.ignore", "false");
        config.put("schema.ignore", "true");
        config.put("behavior.on.malformed.documents", "warn");
        config.put("behavior.on.null.values", "ignore");
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("value.converter.schemas.enable", "false");
        config.put("consumer.override.isolation.level", "read_committed");
        config.put("consumer.override.auto.offset.reset", "earliest");
        config.put("errors.tolerance", "all");
        config.put("errors.deadletterqueue.topic.name", index.topic() + DEAD_LETTER_SUFFIX);
        config.put("errors.deadletterqueue.topic.replication.factor", "1");
        config.put("errors.deadletterqueue.context.headers.enable", "true");
        return config;
    }

    private static String json(Map<String, String> config) {
        return config.entrySet().stream()
                .map(entry -> quote(entry.getKey()) + ":" + quote(entry.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for connectors", e);
        }
    }
}
