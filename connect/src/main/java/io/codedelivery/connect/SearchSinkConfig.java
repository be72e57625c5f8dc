package io.codedelivery.connect;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * The connector's settings. Keys shared with Confluent's Elasticsearch sink keep its names,
 * defaults and meaning, so a connector config can move from one to the other.
 */
public final class SearchSinkConfig extends AbstractConfig {

    public static final String CONNECTION_URL = "connection.url";
    public static final String CONNECTION_USERNAME = "connection.username";
    public static final String CONNECTION_PASSWORD = "connection.password";
    public static final String CONNECTION_TIMEOUT_MS = "connection.timeout.ms";
    public static final String READ_TIMEOUT_MS = "read.timeout.ms";
    public static final String INDEX_NAME_FORMAT = "index.name.format";
    public static final String TOPIC_INDEX_MAP = "topic.index.map";
    public static final String KEY_IGNORE = "key.ignore";
    public static final String DOCUMENT_ID_FIELDS = "document.id.fields";
    public static final String SCHEMA_IGNORE = "schema.ignore";
    public static final String BATCH_SIZE = "batch.size";
    public static final String LINGER_MS = "linger.ms";
    public static final String MAX_RETRIES = "max.retries";
    public static final String RETRY_BACKOFF_MS = "retry.backoff.ms";
    public static final String RETRY_BACKOFF_MAX_MS = "retry.backoff.max.ms";
    public static final String BEHAVIOR_ON_MALFORMED_DOCS = "behavior.on.malformed.documents";
    public static final String BEHAVIOR_ON_NULL_VALUES = "behavior.on.null.values";

    /** What to do with a record the search engine (or this plugin) cannot turn into a document. */
    public enum MalformedBehavior { IGNORE, WARN, FAIL }

    /** What to do with a record whose value is null (a tombstone). */
    public enum NullValueBehavior { IGNORE, DELETE, FAIL }

    public static final ConfigDef CONFIG_DEF = define();

    public SearchSinkConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
    }

    private static ConfigDef define() {
        ConfigDef def = new ConfigDef();
        defineConnection(def, "Connection");
        defineData(def, "Data conversion");
        defineBatching(def, "Batching and retries");
        return def;
    }

    private static void defineConnection(ConfigDef def, String connection) {
        def.define(CONNECTION_URL, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, Validators.httpUrls(), Importance.HIGH,
                        "Base URLs of the search engine's HTTP API (OpenSearch 2.x or Elasticsearch 7/8), comma-separated, "
                                + "e.g. http://localhost:9200. Requests go to the first; another is tried when one cannot be reached.",
                        connection, 1, ConfigDef.Width.LONG, "Connection URLs")
                .define(CONNECTION_USERNAME, Type.STRING, null, Importance.MEDIUM,
                        "User name for HTTP basic authentication; none when empty.", connection, 2, ConfigDef.Width.SHORT, "User name")
                .define(CONNECTION_PASSWORD, Type.PASSWORD, null, Importance.MEDIUM,
                        "Password for HTTP basic authentication.", connection, 3, ConfigDef.Width.SHORT, "Password")
                .define(CONNECTION_TIMEOUT_MS, Type.INT, 1000, Range.atLeast(1), Importance.LOW,
                        "How long to wait, in milliseconds, to open a connection to the search engine.",
                        connection, 4, ConfigDef.Width.SHORT, "Connection timeout")
                .define(READ_TIMEOUT_MS, Type.INT, 3000, Range.atLeast(1), Importance.LOW,
                        "How long to wait, in milliseconds, for the answer to one bulk request.",
                        connection, 5, ConfigDef.Width.SHORT, "Read timeout");
    }

    private static void defineData(ConfigDef def, String data) {
        def.define(INDEX_NAME_FORMAT, Type.STRING, "${topic}", Validators.indexNameFormat(), Importance.MEDIUM,
                        "The index a record is written to; ${topic} stands for the record's topic. The result is lower-cased.",
                        data, 1, ConfigDef.Width.MEDIUM, "Index name format")
                .define(TOPIC_INDEX_MAP, Type.LIST, "", Validators.topicIndexMap(), Importance.MEDIUM,
                        "Index names for some topics, as topic:index pairs, comma-separated (e.g. route.new-position:positions); "
                                + "these topics ignore index.name.format.",
                        data, 2, ConfigDef.Width.LONG, "Topic to index map")
                .define(KEY_IGNORE, Type.BOOLEAN, false, Importance.HIGH,
                        "Whether to ignore the record key. When false the document id is the key; when true it is "
                                + "topic+partition+offset. document.id.fields, when set, takes precedence over both.",
                        data, 3, ConfigDef.Width.SHORT, "Ignore key")
                .define(DOCUMENT_ID_FIELDS, Type.LIST, "", Validators.fieldNames(), Importance.HIGH,
                        "Fields of the record value whose values, joined by '-', make the document id (e.g. deliveryId,seq). "
                                + "Use it when several records share a key but are distinct documents.",
                        data, 4, ConfigDef.Width.MEDIUM, "Document id fields")
                .define(SCHEMA_IGNORE, Type.BOOLEAN, false, Importance.LOW,
                        "Whether to ignore the record's value schema. When false a Struct value is converted by its schema "
                                + "(logical types such as Timestamp become ISO-8601 text). Schemaless maps and String or "
                                + "byte[] JSON values are accepted either way. Unlike Confluent's sink this plugin never creates mappings.",
                        data, 5, ConfigDef.Width.SHORT, "Ignore schema")
                .define(BEHAVIOR_ON_NULL_VALUES, Type.STRING, "fail", Validators.oneOf(NullValueBehavior.class), Importance.LOW,
                        "What to do with a record whose value is null: ignore it, delete the document with its id, or fail.",
                        data, 6, ConfigDef.Width.SHORT, "Behavior on null values")
                .define(BEHAVIOR_ON_MALFORMED_DOCS, Type.STRING, "fail", Validators.oneOf(MalformedBehavior.class), Importance.LOW,
                        "What to do with a record the search engine refuses as malformed (mapper_parsing_exception, "
                                + "document_parsing_exception, illegal_argument_exception) or that is not a JSON object: "
                                + "ignore it, warn and go on, or fail the task. It is reported to the errant-record reporter "
                                + "(dead-letter topic) first when one is configured.",
                        data, 7, ConfigDef.Width.SHORT, "Behavior on malformed documents");
    }

    private static void defineBatching(ConfigDef def, String batching) {
        def.define(BATCH_SIZE, Type.INT, 2000, Range.between(1, 1_000_000), Importance.MEDIUM,
                        "The most records sent in one bulk request.", batching, 1, ConfigDef.Width.SHORT, "Batch size")
                .define(LINGER_MS, Type.LONG, 1L, Range.between(0, 86_400_000L), Importance.LOW,
                        "How long a buffered record may wait for more to fill a batch before it is sent. Everything "
                                + "buffered is sent anyway when Connect commits offsets.",
                        batching, 2, ConfigDef.Width.SHORT, "Linger time")
                .define(MAX_RETRIES, Type.INT, 5, Range.atLeast(0), Importance.LOW,
                        "How many times a bulk request that failed for a passing reason (connection refused, timeout, "
                                + "429, 5xx) is retried before the batch is handed back to Connect to be delivered again.",
                        batching, 3, ConfigDef.Width.SHORT, "Max retries")
                .define(RETRY_BACKOFF_MS, Type.LONG, 100L, Range.atLeast(0), Importance.LOW,
                        "How long to wait before the first retry, in milliseconds; each further retry waits up to twice as long "
                                + "(with random jitter), up to retry.backoff.max.ms.",
                        batching, 4, ConfigDef.Width.SHORT, "Retry backoff")
                .define(RETRY_BACKOFF_MAX_MS, Type.LONG, 10_000L, Range.atLeast(0), Importance.LOW,
                        "The longest wait between two retries, in milliseconds.", batching, 5, ConfigDef.Width.SHORT, "Max retry backoff");
    }

    /** Settings valid one by one that do not go together. */
    static String combinationProblem(SearchSinkConfig config) {
        if (config.nullValueBehavior() == NullValueBehavior.DELETE) {
            if (!config.getList(DOCUMENT_ID_FIELDS).isEmpty()) {
                return BEHAVIOR_ON_NULL_VALUES + "=delete needs the document id from the key, but " + DOCUMENT_ID_FIELDS
                        + " takes it from the value, which a null value does not have";
            }
            if (config.getBoolean(KEY_IGNORE)) {
                return BEHAVIOR_ON_NULL_VALUES + "=delete needs the document id from the key, but " + KEY_IGNORE + "=true";
            }
        }
        return null;
    }

    void checkCombinations() {
        String problem = combinationProblem(this);
        if (problem != null) {
            throw new ConfigException(problem);
        }
    }

    List<String> connectionUrls() {
        return getList(CONNECTION_URL);
    }

    String username() {
        String user = getString(CONNECTION_USERNAME);
        return user == null || user.isBlank() ? null : user;
    }

    Password password() {
        return getPassword(CONNECTION_PASSWORD);
    }

    IndexNames indexNames() {
        return new IndexNames(getString(INDEX_NAME_FORMAT), Validators.parseTopicIndexMap(getList(TOPIC_INDEX_MAP)));
    }

    DocumentIds documentIds() {
        return new DocumentIds(getBoolean(KEY_IGNORE), getList(DOCUMENT_ID_FIELDS));
    }

    boolean schemaIgnore() {
        return getBoolean(SCHEMA_IGNORE);
    }

    MalformedBehavior malformedBehavior() {
        return MalformedBehavior.valueOf(getString(BEHAVIOR_ON_MALFORMED_DOCS).trim().toUpperCase(Locale.ROOT));
    }

    NullValueBehavior nullValueBehavior() {
        return NullValueBehavior.valueOf(getString(BEHAVIOR_ON_NULL_VALUES).trim().toUpperCase(Locale.ROOT));
    }

    int batchSize() {
        return getInt(BATCH_SIZE);
    }

    long lingerMs() {
        return getLong(LINGER_MS);
    }

    int maxRetries() {
        return getInt(MAX_RETRIES);
    }

    Backoff backoff() {
        return new Backoff(getLong(RETRY_BACKOFF_MS), getLong(RETRY_BACKOFF_MAX_MS));
    }

    int connectionTimeoutMs() {
        return getInt(CONNECTION_TIMEOUT_MS);
    }

    int readTimeoutMs() {
        return getInt(READ_TIMEOUT_MS);
    }
}
