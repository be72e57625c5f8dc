package io.codedelivery.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files under deploy/ that meet the search engine (Kibana saved objects, index templates for
 * users without our build, the ingest pipeline, retention policies, Confluent Cloud connector
 * configs) stay true to the index templates and topics defined here.
 */
class DeploySearchFilesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path DEPLOY = Path.of(System.getProperty("codedelivery.deploy.dir", "../deploy"));
    private static final Path KIBANA = DEPLOY.resolve("kibana/codedelivery.ndjson");
    private static final String INDEX_REF = "kibanaSavedObjectMeta.searchSourceJSON.index";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*}");
    private static final Set<String> FIELD_KEYS = Set.of("field", "geoField", "splitField", "sortField",
            "topHitsSplitField", "timeFieldName");
    private static final Set<String> FIELD_LIST_KEYS = Set.of("columns", "tooltipProperties");

    @Test
    void everyLineOfTheKibanaFileIsASavedObjectThatKibanaMigratesOnImport() throws IOException {
        List<JsonNode> objects = savedObjects();
        assertThat(objects).hasSizeGreaterThan(10);
        for (JsonNode object : objects) {
            assertThat(object.path("id").asString()).as(object.toString()).startsWith("codedelivery-");
            assertThat(object.path("type").asString()).isIn("index-pattern", "visualization", "map", "search", "dashboard");
            assertThat(object.path("attributes").isObject()).as(object.path("id").asString()).isTrue();
            assertThat(object.path("coreMigrationVersion").asString()).isEqualTo("8.8.0");
            assertThat(object.path("typeMigrationVersion").asString()).matches("8\\.\\d+\\.\\d+");
        }
        assertThat(objects.stream().map(o -> o.get("id").asString()).distinct()).hasSameSizeAs(objects);
    }

    @Test
    void everyReferenceResolvesInTheFileAndEveryReferenceNameUsedIsDeclared() throws IOException {
        List<JsonNode> objects = savedObjects();
        Set<String> present = objects.stream().map(o -> o.get("type").asString() + "/" + o.get("id").asString())
                .collect(Collectors.toSet());
        for (JsonNode object : objects) {
            Set<String> declared = new LinkedHashSet<>();
            for (JsonNode reference : object.get("references")) {
                assertThat(present).as(object.get("id").asString())
                        .contains(reference.get("type").asString() + "/" + reference.get("id").asString());
                declared.add(reference.get("name").asString());
            }
            assertThat(declared).as(object.get("id").asString()).containsAll(referenceNamesUsed(object));
        }
    }

    @Test
    void everyFieldTheSavedObjectsNameIsMappedByTheTemplateOfTheirIndex() throws IOException {
        List<JsonNode> objects = savedObjects();
        Map<String, JsonNode> dataViews = objects.stream().filter(o -> o.get("type").asString().equals("index-pattern"))
                .collect(Collectors.toMap(o -> o.get("id").asString(), o -> o));
        Map<String, JsonNode> templates = SearchIndices.DEFAULT.all().stream()
                .collect(Collectors.toMap(SearchIndices.Index::name, index -> readTree(index.template())));
        Set<String> checked = new LinkedHashSet<>();
        for (JsonNode object : objects) {
            fieldsByDataView(object).forEach((viewId, fields) -> {
                String index = dataViews.get(viewId).at("/attributes/title").asString();
                assertThat(templates).as("a template for the data view " + index).containsKey(index);
                for (String field : fields) {
                    assertThat(isMapped(templates.get(index).get("mappings"), field))
                            .as(object.get("id").asString() + " names " + field + " of " + index).isTrue();
                    checked.add(index + ":" + field);
                }
            });
        }
        assertThat(checked).contains("deliveries:requestedAt", "deliveries:routeTitle", "deliveries:durationSeconds",
                "positions:location", "positions:deliveryId", "positions:seq", "viewer-sessions:openUntil",
                "viewer-sessions:connectedAt", "logs-codedelivery:log.level", "logs-codedelivery:service.name");
    }

    @Test
    void theDataViewsAreTheDefaultIndicesWithTheirTimeFields() throws IOException {
        Map<String, String> timeFields = savedObjects().stream()
                .filter(o -> o.get("type").asString().equals("index-pattern"))
                .collect(Collectors.toMap(o -> o.at("/attributes/title").asString(),
                        o -> o.at("/attributes/timeFieldName").asString()));
        assertThat(timeFields).isEqualTo(Map.of("deliveries", "requestedAt", "positions", "emittedAt",
                "viewer-sessions", "connectedAt", "logs-codedelivery", "@timestamp"));
    }

    @Test
    void theTemplatesShippedForUsersWithoutOurBuildAreTheOnesSearchIndicesInstalls() throws IOException {
        assertTemplates(SearchIndices.DEFAULT, DEPLOY.resolve("search/templates"));
        assertTemplates(SearchIndices.TOPIC_NAMED, DEPLOY.resolve("search/templates/topics"));
    }

    @Test
    void thePipelineFillsLocationWithNamedMembersSoLatitudeStaysLatitude() throws IOException {
        JsonNode processors = read(DEPLOY.resolve("elasticsearch/positions-location-pipeline.json")).get("processors");
        Map<String, String> copies = new HashMap<>();
        processors.forEach(p -> copies.put(p.at("/set/field").asString(), p.at("/set/copy_from").asString()));
        assertThat(copies).isEqualTo(Map.of("location.lat", "lat", "location.lon", "lng"));
        JsonNode positions = readTree(SearchIndices.DEFAULT.all().get(1).template());
        assertThat(positions.at("/mappings/properties/location/type").asString()).isEqualTo("geo_point");
    }

    @Test
    void retentionRollsOverAndDeletesPositionsLogsViewerSessionsAndAuditButKeepsDeliveries() throws IOException {
        Map<String, String> deleteAfter = Map.of("positions", "30d", "logs", "7d", "viewer-sessions", "90d",
                "audit", "400d");
        Map<String, String> indexOf = Map.of("positions", "positions", "logs", "logs-codedelivery",
                "viewer-sessions", "viewer-sessions", "audit", "audit");
        deleteAfter.forEach((name, age) -> {
            JsonNode ilm = read(DEPLOY.resolve("elasticsearch/ilm-policy-" + name + ".json")).at("/policy/phases");
            assertThat(ilm.at("/hot/actions/rollover").isObject()).as(name).isTrue();
            assertThat(ilm.at("/delete/min_age").asString()).as(name).isEqualTo(age);
            assertThat(ilm.at("/delete/actions/delete").isObject()).as(name).isTrue();
            JsonNode ism = read(DEPLOY.resolve("opensearch/ism-policy-" + name + ".json")).get("policy");
            assertThat(ism.at("/states/0/actions/0/rollover").isObject()).as(name).isTrue();
            assertThat(ism.at("/states/0/transitions/0/conditions/min_rollover_age").asString()).as(name).isEqualTo(age);
            assertThat(ism.at("/states/1/actions/0/delete").isObject()).as(name).isTrue();
            assertThat(ism.at("/ism_template/0/index_patterns").toString())
                    .isEqualTo("[\"" + indexOf.get(name) + "-*\"]");
        });
        try (Stream<Path> files = Stream.concat(Files.list(DEPLOY.resolve("elasticsearch")),
                Files.list(DEPLOY.resolve("opensearch")))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.contains("deliver"));
        }
    }

    @Test
    void theConfluentCloudConfigsHoldOnlyPlaceholdersForSecretsAndNameExactlyOurTopics() throws IOException {
        Map<String, Boolean> keyIgnoredByTopic = new HashMap<>();
        for (Path file : jsonFiles(DEPLOY.resolve("confluent-cloud"))) {
            JsonNode config = read(file);
            assertThat(config.path("connector.class").asString()).as(file.toString()).isEqualTo("ElasticsearchSink");
            assertThat(config.path("input.data.format").asString()).isEqualTo("JSON");
            assertThat(config.path("kafka.auth.mode").asString()).isEqualTo("KAFKA_API_KEY");
            config.properties().forEach(entry -> {
                assertThat(entry.getValue().isString()).as(file + " " + entry.getKey()).isTrue();
                if (entry.getKey().matches(".*(api\\.key|secret|password|username|connection\\.url).*")) {
                    assertThat(entry.getValue().asString()).as(file + " " + entry.getKey()).matches(PLACEHOLDER);
                }
            });
            assertThat(config.path("topics").asString()).doesNotContain(",");
            keyIgnoredByTopic.put(config.path("topics").asString(), config.path("key.ignore").asBoolean());
        }
        assertThat(keyIgnoredByTopic).isEqualTo(Map.of(Topics.POSITION_REPORTED.name(), true,
                Topics.DELIVERY_STATUS.name(), false, Topics.VIEWER_SESSIONS.name(), false,
                Topics.AUDIT_EVENTS.name(), false));
    }

    // ---- saved objects --------------------------------------------------------------------

    private static List<JsonNode> savedObjects() throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        for (String line : Files.readAllLines(KIBANA)) {
            assertThat(line).as("no blank lines in " + KIBANA).isNotBlank();
            objects.add(readTree(line));
        }
        return objects;
    }

    /** The JSON held as text in the attributes (visState, searchSourceJSON, layerListJSON, ...). */
    private static Map<String, JsonNode> embedded(JsonNode object) {
        Map<String, JsonNode> embedded = new HashMap<>();
        JsonNode attributes = object.get("attributes");
        for (String name : List.of("visState", "layerListJSON", "panelsJSON", "fieldFormatMap")) {
            if (attributes.has(name)) {
                embedded.put(name, readTree(attributes.get(name).asString()));
            }
        }
        JsonNode source = attributes.at("/kibanaSavedObjectMeta/searchSourceJSON");
        if (source.isString()) {
            embedded.put("searchSourceJSON", readTree(source.asString()));
        }
        return embedded;
    }

    private static Set<String> referenceNamesUsed(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        embedded(object).forEach((attribute, json) -> walk(json, (key, value) -> {
            if (key.endsWith("RefName") && value.isString()) {
                names.add(attribute.equals("panelsJSON") ? panelPrefix(json, value.asString()) : value.asString());
            }
        }));
        return names;
    }

    /** A dashboard's references are named {panelIndex}:{panelRefName}. */
    private static String panelPrefix(JsonNode panels, String refName) {
        for (JsonNode panel : panels) {
            if (panel.path("panelRefName").asString().equals(refName)) {
                return panel.get("panelIndex").asString() + ":" + refName;
            }
        }
        throw new AssertionError("no panel holds " + refName);
    }

    /** The fields an object names, by the id of the data view they belong to. */
    private static Map<String, Set<String>> fieldsByDataView(JsonNode object) {
        Map<String, Set<String>> fields = new HashMap<>();
        Map<String, String> refs = new HashMap<>();
        object.get("references").forEach(r -> refs.put(r.get("name").asString(), r.get("id").asString()));
        Map<String, JsonNode> embedded = embedded(object);
        JsonNode attributes = object.get("attributes");
        switch (object.get("type").asString()) {
            case "index-pattern" -> {
                Set<String> own = fields.computeIfAbsent(object.get("id").asString(), id -> new LinkedHashSet<>());
                own.add(attributes.get("timeFieldName").asString());
                own.addAll(embedded.get("fieldFormatMap").propertyNames());
            }
            case "map" -> embedded.get("layerListJSON").forEach(layer -> {
                String ref = layer.at("/sourceDescriptor/indexPatternRefName").asString();
                if (!ref.isEmpty()) {
                    assertThat(refs).as(object.get("id").asString() + " declares " + ref).containsKey(ref);
                    fields.computeIfAbsent(refs.get(ref), id -> new LinkedHashSet<>()).addAll(fieldsIn(layer));
                }
            });
            case "visualization", "search" -> {
                Set<String> named = fieldsIn(attributes);
                embedded.values().forEach(json -> named.addAll(fieldsIn(json)));
                attributes.path("sort").forEach(sort -> named.add(sort.get(0).asString()));
                embedded.get("searchSourceJSON").path("filter").forEach(filter -> {
                    named.add(filter.at("/meta/key").asString());
                    named.addAll(filter.at("/query/range").propertyNames());
                });
                assertThat(refs).as(object.get("id").asString()).containsKey(INDEX_REF);
                fields.put(refs.get(INDEX_REF), named);
            }
            default -> { }
        }
        return fields;
    }

    /** Field names under the keys Kibana keeps them in: field, geoField, splitField, columns, ... */
    private static Set<String> fieldsIn(JsonNode json) {
        Set<String> fields = new LinkedHashSet<>();
        walk(json, (key, value) -> {
            if (FIELD_KEYS.contains(key) && value.isString() && !value.asString().isEmpty()) {
                fields.add(value.asString());
            } else if (key.equals("field") && value.path("origin").asString().equals("source")) {
                fields.add(value.get("name").asString());
            } else if (FIELD_LIST_KEYS.contains(key) && value.isArray()) {
                value.forEach(name -> fields.add(name.asString()));
            }
        });
        return fields;
    }

    private static void walk(JsonNode node, BiConsumer<String, JsonNode> visitor) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                visitor.accept(entry.getKey(), entry.getValue());
                walk(entry.getValue(), visitor);
            });
        } else if (node.isArray()) {
            node.forEach(element -> walk(element, visitor));
        }
    }

    /** A dotted name (log.level, routeTitle.text) through properties and multi-fields. */
    private static boolean isMapped(JsonNode mappings, String field) {
        JsonNode current = mappings;
        for (String part : field.split("\\.")) {
            JsonNode next = current.path("properties").path(part);
            current = next.isMissingNode() ? current.path("fields").path(part) : next;
            if (current.isMissingNode()) {
                return false;
            }
        }
        return true;
    }

    // ---- plain files ----------------------------------------------------------------------

    private static void assertTemplates(SearchIndices indices, Path folder) throws IOException {
        for (SearchIndices.Index index : indices.all()) {
            JsonNode shipped = read(folder.resolve(index.templateName() + ".json"));
            assertThat(shipped).as(folder + " " + index.templateName()).isEqualTo(readTree(index.templateBody()));
        }
        assertThat(jsonFiles(folder)).hasSameSizeAs(indices.all());
    }

    private static List<Path> jsonFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static JsonNode read(Path file) {
        try {
            return readTree(Files.readString(file));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    private static JsonNode readTree(String json) {
        return JSON.readTree(json);
    }
}
