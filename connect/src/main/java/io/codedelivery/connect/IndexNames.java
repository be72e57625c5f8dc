package io.codedelivery.connect;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;

/** Which index a topic's records go to: the topic map first, else index.name.format, lower-cased. */
final class IndexNames {

    static final String TOPIC_PLACEHOLDER = "${topic}";
    private static final String FORBIDDEN = "\\/*?\"<>| ,#:";

    private final String format;
    private final Map<String, String> topicIndexMap;
    private final Map<String, String> resolved = new HashMap<>();

    IndexNames(String format, Map<String, String> topicIndexMap) {
        this.format = format;
        this.topicIndexMap = Map.copyOf(topicIndexMap);
    }

    String indexFor(String topic) {
        return resolved.computeIfAbsent(topic, this::resolve);
    }

    private String resolve(String topic) {
        String mapped = topicIndexMap.get(topic);
        String index = mapped != null ? mapped.toLowerCase(Locale.ROOT) : format(format, topic);
        String problem = problemWith(index);
        if (problem != null) {
            throw new ConnectException("topic " + topic + " gives no valid index name: " + problem);
        }
        return index;
    }

    static String format(String format, String topic) {
        return format.replace(TOPIC_PLACEHOLDER, topic).toLowerCase(Locale.ROOT);
    }

    /** Why a name is not a valid index name for OpenSearch and Elasticsearch, or null when it is. */
    static String problemWith(String index) {
        if (index == null || index.isEmpty()) {
            return "an index name is empty";
        }
        if (index.equals(".") || index.equals("..")) {
            return "an index cannot be named '" + index + "'";
        }
        if ("-_+".indexOf(index.charAt(0)) >= 0) {
            return "an index name cannot start with '" + index.charAt(0) + "': " + index;
        }
        for (char c : index.toCharArray()) {
            if (FORBIDDEN.indexOf(c) >= 0) {
                return "an index name cannot contain '" + c + "': " + index;
            }
        }
        if (index.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 255) {
            return "an index name is at most 255 bytes: " + index;
        }
        return null;
    }
}
