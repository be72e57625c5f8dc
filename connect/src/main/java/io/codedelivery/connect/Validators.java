package io.codedelivery.connect;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** The validators of the plugin's settings: each names the key, the value and what is expected. */
final class Validators {

    private Validators() {
    }

    static ConfigDef.Validator httpUrls() {
        return described("one or more http:// or https:// URLs", (name, value) -> {
            List<?> urls = (List<?>) value;
            if (urls == null || urls.isEmpty()) {
                throw new ConfigException(name, value, "at least one URL is needed, e.g. http://localhost:9200");
            }
            for (Object url : urls) {
                checkUrl(name, String.valueOf(url));
            }
        });
    }

    private static void checkUrl(String name, String url) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new ConfigException(name, url, "expected an http:// or https:// URL with a host, e.g. http://localhost:9200");
            }
        } catch (URISyntaxException e) {
            throw new ConfigException(name, url, "not a URL: " + e.getReason());
        }
    }

    static ConfigDef.Validator indexNameFormat() {
        return described("an index name, in which ${topic} stands for the topic", (name, value) -> {
            String format = (String) value;
            if (format == null || format.isBlank()) {
                throw new ConfigException(name, value, "an index name format is needed, e.g. ${topic}");
            }
            String problem = IndexNames.problemWith(IndexNames.format(format, "topic"));
            if (problem != null) {
                throw new ConfigException(name, value, problem);
            }
        });
    }

    static ConfigDef.Validator topicIndexMap() {
        return described("topic:index pairs, comma-separated", (name, value) -> {
            try {
                parseTopicIndexMap((List<?>) value);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, e.getMessage());
            }
        });
    }

    static Map<String, String> parseTopicIndexMap(List<?> entries) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Object entry : entries == null ? List.of() : entries) {
            String pair = String.valueOf(entry).trim();
            int colon = pair.indexOf(':');
            if (colon <= 0 || colon == pair.length() - 1) {
                throw new IllegalArgumentException("expected topic:index, got '" + pair + "'");
            }
            String topic = pair.substring(0, colon).trim();
            String index = pair.substring(colon + 1).trim();
            String problem = IndexNames.problemWith(index);
            if (problem != null) {
                throw new IllegalArgumentException("index of topic " + topic + ": " + problem);
            }
            if (map.put(topic, index) != null) {
                throw new IllegalArgumentException("topic " + topic + " is mapped twice");
            }
        }
        return map;
    }

    static ConfigDef.Validator fieldNames() {
        return described("field names, comma-separated", (name, value) -> {
            for (Object field : (List<?>) value) {
                if (String.valueOf(field).isBlank()) {
                    throw new ConfigException(name, value, "a field name is empty");
                }
            }
        });
    }

    static ConfigDef.Validator fieldName() {
        return described("a field name", (name, value) -> {
            if (value == null || value.toString().isBlank()) {
                throw new ConfigException(name, value, "a field name is needed");
            }
        });
    }

    static <E extends Enum<E>> ConfigDef.Validator oneOf(Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        return described("one of " + String.join(", ", names), (name, value) -> {
            String given = value == null ? "" : value.toString().trim().toLowerCase(Locale.ROOT);
            if (!names.contains(given)) {
                throw new ConfigException(name, value, "expected one of " + names.stream().collect(Collectors.joining(", ")));
            }
        });
    }

    private static ConfigDef.Validator described(String description, ConfigDef.Validator check) {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                check.ensureValid(name, value);
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }
}
