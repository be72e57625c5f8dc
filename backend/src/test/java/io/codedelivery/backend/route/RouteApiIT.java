package io.codedelivery.backend.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.backend.support.RunningBackend;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The route API against a real MongoDB wire server: every shape, rule and error path. */
class RouteApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int MAX_IMPORT_BYTES = 16_384;
    private static final String LINE = "{\"type\":\"LineString\",\"coordinates\":[[-73.9907,40.7348],[-73.9886,40.7359]]}";

    private static RunningBackend backend;

    @BeforeAll
    static void start() {
        backend = RunningBackend.start("routes-" + UUID.randomUUID(),
                "--codedelivery.route.max-import-bytes=" + MAX_IMPORT_BYTES);
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void aRouteIsAddedFromALineStringAndShownWithItsCreationTime() throws Exception {
        var created = send("POST", "/api/routes", "application/json", "{\"title\":\"Union Square hop\",\"geometry\":" + LINE + "}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode route = JSON.readTree(created.body());
        assertThat(created.headers().firstValue("Location")).contains("/api/routes/" + route.get("id").asString());
        assertThat(route.get("archived").asBoolean()).isFalse();
        assertThat(route.get("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(JSON.readTree(backend.get("/api/routes/" + route.get("id").asString()).body()).get("title").asString())
                .isEqualTo("Union Square hop");
    }

    @Test
    void aRouteIsAddedFromAGeoJsonFeatureOrAListOfPoints() throws Exception {
        var feature = send("POST", "/api/routes", "application/json", "{\"type\":\"Feature\",\"properties\":"
                + "{\"name\":\"Feature by name\"},\"geometry\":" + LINE + "}");
        var points = send("POST", "/api/routes", "application/json", "{\"title\":\"Points hop\",\"points\":"
                + "[{\"lat\":40.7348,\"lng\":-73.9907},{\"lat\":40.7359,\"lng\":-73.9886}]}");

        assertThat(feature.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(feature.body()).get("title").asString()).isEqualTo("Feature by name");
        assertThat(points.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(points.body()).get("geometry").get("coordinates").get(1).get(1).asDouble())
                .isEqualTo(40.7359);
    }

    @Test
    void everyRuleOfANewRouteIsA400ThatSaysWhatIsWrong() throws Exception {
        invalid("{\"geometry\":" + LINE + "}", "title is required");
        invalid("{\"title\":\"" + "x".repeat(201) + "\",\"geometry\":" + LINE + "}",
                "title must be at most 200 characters, was 201");
        invalid("{\"title\":\"a\\u0007b\",\"geometry\":" + LINE + "}", "title must not contain control characters");
        invalid("{\"title\":\"x\"}", "geometry is required: a GeoJSON LineString");
        invalid("{\"title\":\"x\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[-73.99,40.73]]}}",
                "geometry.coordinates must hold at least 2 positions, had 1");
        invalid("{\"title\":\"x\",\"points\":[{\"lat\":40.7,\"lng\":-73.9}]}", "points must hold at least 2 points, had 1");
        invalid("{\"title\":\"x\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[-73.99,40.73],[-73.98,95.5]]}}",
                "geometry.coordinates[1]: latitude must be a number from -90 to 90, was 95.5");
        invalid("{\"title\":\"x\",\"points\":[{\"lat\":40.7,\"lng\":-73.9},{\"lat\":40.7,\"lng\":-181}]}",
                "points[1]: longitude must be a number from -180 to 180, was -181.0");
        String tooMany = "[-73.99,40.73],".repeat(10_000) + "[-73.98,40.74]";
        invalid("{\"title\":\"x\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[" + tooMany + "]}}",
                "geometry.coordinates must hold at most 10000 positions, had 10001");
        invalid("{\"title\":\"x\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[[-73.99,40.73]]}}",
                "geometry.type must be \"LineString\"");
        invalid("{\"title\":\"x\",\n\"geometry\": }",
                "the body is not valid JSON: Unexpected character ('}' (code 125)): expected a value (line 2, column 13)");
        invalid("{\"title\":\"x\",\"points\":[{\"lat\":\"north\",\"lng\":1},{\"lat\":1,\"lng\":1}]}",
                "$.points[0].lat: expected a number");
    }

    @Test
    void aSecondRouteWithTheSameTitleIgnoringCaseAndSpacingIsA409NamingTheFirst() throws Exception {
        String id = JSON.readTree(send("POST", "/api/routes", "application/json",
                "{\"title\":\"Pier 40 run\",\"geometry\":" + LINE + "}").body()).get("id").asString();

        var again = send("POST", "/api/routes", "application/json", "{\"title\":\"  pier 40   RUN\",\"geometry\":" + LINE + "}");

        problem(again, 409, "a route titled 'Pier 40 run' exists already (id " + id + ")");
        var imported = send("POST", "/api/routes/import?preview=true&title=PIER%2040%20run", "application/geo+json", LINE);
        problem(imported, 409, "a route titled 'Pier 40 run' exists already (id " + id + ")");
    }

    @Test
    void aGpxTrackIsImportedWithTheTracksNameOrTheTitleGiven() throws Exception {
        var track = send("POST", "/api/routes/import", "application/gpx+xml", sample("phone-track.gpx"));
        var renamed = send("POST", "/api/routes/import?title=" + enc("Greenway, as xml"), "application/xml",
                sample("several-segments.gpx"));
        var planned = send("POST", "/api/routes/import", "text/xml", sample("planned-route.gpx"));

        assertThat(track.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(track.body()).get("title").asString())
                .isEqualTo("Hudson River Greenway, Chelsea to Battery Park");
        assertThat(JSON.readTree(track.body()).get("geometry").get("coordinates").size()).isEqualTo(8);
        assertThat(renamed.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(renamed.body()).get("title").asString()).isEqualTo("Greenway, as xml");
        assertThat(JSON.readTree(renamed.body()).get("geometry").get("coordinates").size()).isEqualTo(5);
        assertThat(planned.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(planned.body()).get("title").asString()).isEqualTo("Times Square to Columbus Circle");
    }

    @Test
    void geoJsonFilesAreImported() throws Exception {
        var feature = send("POST", "/api/routes/import", "application/geo+json", sample("geojson-io-feature.geojson"));
        var collection = send("POST", "/api/routes/import", "application/json", sample("geojson-io-collection.geojson"));
        var bare = send("POST", "/api/routes/import?title=Bare%20line", "application/geo+json", LINE);

        assertThat(feature.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(feature.body()).get("title").asString()).isEqualTo("West Village loop");
        assertThat(collection.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(collection.body()).get("title").asString()).isEqualTo("East Village drop-offs");
        assertThat(bare.statusCode()).isEqualTo(201);
        assertThat(bare.headers().firstValue("Location")).isPresent();
    }

    @Test
    void aPreviewShowsTheRouteWithoutAnIdAndStoresNothing() throws Exception {
        String title = "Preview only " + UUID.randomUUID();
        var preview = send("POST", "/api/routes/import?preview=true&title=" + enc(title), "application/gpx+xml",
                sample("phone-track.gpx"));

        assertThat(preview.statusCode()).isEqualTo(200);
        JsonNode route = JSON.readTree(preview.body());
        assertThat(route.get("id").isNull()).isTrue();
        assertThat(route.get("title").asString()).isEqualTo(title);
        assertThat(route.get("lengthMeters").asLong()).isGreaterThan(4_000);
        assertThat(backend.get("/api/routes?archived=true").body()).doesNotContain(title);
        assertThat(send("POST", "/api/routes/import?preview=false&title=" + enc(title), "application/gpx+xml",
                sample("phone-track.gpx")).statusCode()).isEqualTo(201);
    }

    @Test
    void everyFileThatCannotBeReadIsA400SayingWhatAndWhere() throws Exception {
        problem(send("POST", "/api/routes/import", "application/gpx+xml",
                "<gpx version=\"1.1\" creator=\"x\">\n<trk><trkseg></trk>\n</gpx>"), 400,
                "the file is not valid GPX: The element type \"trkseg\" must be terminated by the matching end-tag "
                        + "\"</trkseg>\". (line 2, column 16)");
        problem(send("POST", "/api/routes/import", "application/gpx+xml", sample("external-entity.gpx")), 400,
                "the file is not valid GPX: a DOCTYPE is not allowed (GPX files have none; entities are never read)");
        problem(send("POST", "/api/routes/import", "application/gpx+xml", sample("no-track.gpx")), 400,
                "the GPX file holds no track (trk) and no route (rte): nothing to make a route of");
        problem(send("POST", "/api/routes/import", "application/geo+json", "{\"type\":\"Feature\",\n\"geometry\":}"), 400,
                "the file is not valid JSON: Unexpected character ('}' (code 125)): expected a value (line 2, column 12)");
        problem(send("POST", "/api/routes/import", "application/geo+json", LINE), 400, RouteFiles.MISSING_TITLE);
        problem(send("POST", "/api/routes/import?title=x", "application/gpx+xml", ""), 400,
                "the request needs a file as its body");
        problem(send("POST", "/api/routes/import?preview=maybe", "application/gpx+xml", sample("phone-track.gpx")), 400,
                null);
        assertThat(send("POST", "/api/routes/import", "text/plain", "hello").statusCode()).isEqualTo(415);
    }

    @Test
    void aFileOverTheImportLimitIsA413NamingTheLimitWhetherItsLengthIsAnnouncedOrNot() throws Exception {
        String large = "{\"title\":\"large\",\"points\":[" + "{\"lat\":40.7,\"lng\":-73.9},".repeat(1_000) + "]}";
        String detail = "the file is over the limit of " + MAX_IMPORT_BYTES + " bytes (ROUTE_MAX_IMPORT_BYTES)";

        problem(send("POST", "/api/routes/import", "application/json", large), 413, detail);
        HttpRequest chunked = request("/api/routes/import", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8)))).build();
        problem(HTTP.send(chunked, HttpResponse.BodyHandlers.ofString()), 413, detail);
    }

    @Test
    void aRouteIsRenamedAndArchivedAndAnArchivedRouteStartsNoDelivery() throws Exception {
        String id = JSON.readTree(send("POST", "/api/routes", "application/json",
                "{\"title\":\"Soon archived\",\"geometry\":" + LINE + "}").body()).get("id").asString();

        var renamed = send("PATCH", "/api/routes/" + id, "application/json", "{\"title\":\"  Archived   one \"}");
        var sameTitle = send("PATCH", "/api/routes/" + id, "application/json", "{\"title\":\"ARCHIVED one\"}");
        var archived = send("PATCH", "/api/routes/" + id, "application/json", "{\"archived\":true}");

        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(renamed.body()).get("title").asString()).isEqualTo("Archived   one");
        assertThat(sameTitle.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(archived.body()).get("archived").asBoolean()).isTrue();
        assertThat(backend.get("/api/routes").body()).doesNotContain(id);
        assertThat(backend.get("/api/routes?archived=true").body()).contains(id);
        assertThat(JSON.readTree(backend.get("/api/routes/" + id).body()).get("archived").asBoolean()).isTrue();
        problem(backend.postJson("/api/deliveries", "{\"routeId\":\"" + id + "\"}"), 409,
                "route " + id + " is archived: restore it (PATCH /api/routes/" + id + " {\"archived\": false}) to start "
                        + "a delivery on it");

        var restored = send("PATCH", "/api/routes/" + id, "application/json", "{\"archived\":false}");
        assertThat(JSON.readTree(restored.body()).get("archived").asBoolean()).isFalse();
        assertThat(backend.get("/api/routes").body()).contains(id);
    }

    @Test
    void everyWrongChangeIsRefusedSayingWhy() throws Exception {
        String id = JSON.readTree(send("POST", "/api/routes", "application/json",
                "{\"title\":\"Change me\",\"geometry\":" + LINE + "}").body()).get("id").asString();
        send("POST", "/api/routes", "application/json", "{\"title\":\"Taken title\",\"geometry\":" + LINE + "}");

        problem(send("PATCH", "/api/routes/" + id, "application/json", "{\"title\":\"taken  TITLE\"}"), 409, null);
        problem(send("PATCH", "/api/routes/" + id, "application/json", "{\"title\":\" \"}"), 400, "title must not be blank");
        problem(send("PATCH", "/api/routes/" + id, "application/json", "{\"title\":\"" + "y".repeat(201) + "\"}"), 400,
                "title must be at most 200 characters, was 201");
        problem(send("PATCH", "/api/routes/" + id, "application/json", "{}"), 400, "give title, archived or both");
        problem(send("PATCH", "/api/routes/" + id, "application/json", ""), 400, "the request needs a JSON body");
        problem(send("PATCH", "/api/routes/" + id, "application/json", "{\"archived\":\"maybe\"}"), 400, null);
        problem(send("PATCH", "/api/routes/no-such-route", "application/json", "{\"archived\":true}"), 404,
                "no route with id 'no-such-route'");
        problem(backend.get("/api/routes/no-such-route"), 404, "no route with id 'no-such-route'");
    }

    private static void invalid(String body, String detail) throws Exception {
        problem(send("POST", "/api/routes", "application/json", body), 400, detail);
    }

    /** A problem+json answer with this status and, unless null, this detail. */
    private static void problem(HttpResponse<String> response, int status, String detail) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        if (detail != null) {
            assertThat(problem.get("detail").asString()).isEqualTo(detail);
        } else {
            assertThat(problem.get("detail").asString()).isNotBlank();
        }
    }

    private static HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        return HTTP.send(request(path, type).method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path, String type) {
        return HttpRequest.newBuilder(URI.create(backend.baseUrl() + path)).header("Content-Type", type);
    }

    private static String sample(String name) {
        return new String(RouteFileSamples.bytes(name), StandardCharsets.UTF_8);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
