package io.codedelivery.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The names of the search engine's indices and their templates. devstack (which installs the
 * templates and points the connectors at the indices) and the backend (which queries them) both
 * read the names from here, from the same settings, so they always agree.
 */
public record SearchIndices(String deliveries, String positions, String viewers, String logs, String audit) {

    /** The topic devstack's log shipper writes our services' log lines to. */
    public static final String LOGS_TOPIC = "codedelivery.logs";

    public static final SearchIndices DEFAULT = new SearchIndices("deliveries", "positions", "viewer-sessions",
            "logs-codedelivery", "audit");

    /** Each index named after its topic, as the system this project grew from named them. */
    public static final SearchIndices TOPIC_NAMED = new SearchIndices(Topics.DELIVERY_STATUS.name(),
            Topics.POSITION_REPORTED.name(), Topics.VIEWER_SESSIONS.name(), LOGS_TOPIC, Topics.AUDIT_EVENTS.name());

    /** One index: its name, the topic that fills it, and the template file that maps it. */
    public record Index(String name, String topic, String templateFile) {

        /** The name of its composable index template. */
        public String templateName() {
            return "codedelivery-" + templateFile.replace(".json", "");
        }

        /**
         * The body of {@code PUT _index_template/{templateName}}: the index itself and its rolled-over
         * generations ({@code name-000002}, ...) when a retention policy rolls it over.
         */
        public String templateBody() {
            return "{\"index_patterns\":[\"" + name + "\",\"" + name + "-*\"],\"priority\":200,"
                    + "\"_meta\":{\"managed_by\":\"codedelivery\"},\"template\":" + template() + "}";
        }

        /** The settings and mappings alone, as in the template file. */
        public String template() {
            try (InputStream in = SearchIndices.class.getResourceAsStream("search/" + templateFile)) {
                if (in == null) {
                    throw new IllegalStateException("index template missing: " + templateFile);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public SearchIndices {
        requireIndexName(deliveries, "deliveries");
        requireIndexName(positions, "positions");
        requireIndexName(viewers, "viewers");
        requireIndexName(logs, "logs");
        requireIndexName(audit, "audit");
        if (List.of(deliveries, positions, viewers, logs, audit).stream().distinct().count() < 5) {
            throw new IllegalArgumentException("the five search indices need five different names");
        }
    }

    /**
     * From {@code SEARCH_INDEX_NAMING} ({@code default} or {@code topics}) and the per-index
     * overrides {@code SEARCH_INDEX_DELIVERIES}, {@code _POSITIONS}, {@code _VIEWERS}, {@code _LOGS}, {@code _AUDIT}.
     */
    public static SearchIndices fromEnvironment(Function<String, String> environment) {
        String naming = environment.apply("SEARCH_INDEX_NAMING");
        SearchIndices base = switch (naming == null || naming.isBlank() ? "default" : naming.trim().toLowerCase(Locale.ROOT)) {
            case "default" -> DEFAULT;
            case "topics" -> TOPIC_NAMED;
            default -> throw new IllegalArgumentException("SEARCH_INDEX_NAMING must be default or topics");
        };
        return new SearchIndices(
                orElse(environment.apply("SEARCH_INDEX_DELIVERIES"), base.deliveries),
                orElse(environment.apply("SEARCH_INDEX_POSITIONS"), base.positions),
                orElse(environment.apply("SEARCH_INDEX_VIEWERS"), base.viewers),
                orElse(environment.apply("SEARCH_INDEX_LOGS"), base.logs),
                orElse(environment.apply("SEARCH_INDEX_AUDIT"), base.audit));
    }

    public List<Index> all() {
        return List.of(
                new Index(deliveries, Topics.DELIVERY_STATUS.name(), "deliveries.json"),
                new Index(positions, Topics.POSITION_REPORTED.name(), "positions.json"),
                new Index(viewers, Topics.VIEWER_SESSIONS.name(), "viewer-sessions.json"),
                new Index(logs, LOGS_TOPIC, "logs.json"),
                new Index(audit, Topics.AUDIT_EVENTS.name(), "audit.json"));
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** Lower case, no characters the engines refuse in an index name, and never a wildcard or a quote. */
    private static void requireIndexName(String name, String which) {
        Require.text(name, which + " index name");
        if (name.length() > 200 || name.startsWith("-") || name.startsWith("_") || name.startsWith("+")
                || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException(which + " index name is not a valid index name");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
            if (!allowed) {
                throw new IllegalArgumentException(
                        which + " index name must be lower-case letters, digits and . _ - only");
            }
        }
    }
}
