package io.codedelivery.backend.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.codedelivery.contracts.GeoPoint;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GeoJsonRouteFileTest {

    private static final RouteSettings LIMITS = new RouteSettings(5, 40, 10_000);
    private static final String TWO = "[[-73.99,40.73],[-73.98,40.74]]";

    @Test
    void aFeatureAsGeojsonIoExportsItTakesItsTitleFromPropertiesName() {
        RouteDraft draft = GeoJsonRouteFile.read(RouteFileSamples.bytes("geojson-io-feature.geojson"), LIMITS);

        assertThat(draft.title()).isEqualTo("West Village loop");
        assertThat(draft.path()).hasSize(5).startsWith(new GeoPoint(40.73384, -74.00537));
    }

    @Test
    void aFeatureCollectionGivesItsOnlyLineStringFeatureAndIgnoresItsMarkers() {
        RouteDraft draft = GeoJsonRouteFile.read(RouteFileSamples.bytes("geojson-io-collection.geojson"), LIMITS);

        assertThat(draft.title()).isEqualTo("East Village drop-offs");
        assertThat(draft.path()).hasSize(4).endsWith(new GeoPoint(40.72471, -73.98044));
    }

    @Test
    void aListOfPointsKeepsTheirOrder() {
        RouteDraft draft = GeoJsonRouteFile.read(RouteFileSamples.bytes("points.json"), LIMITS);

        assertThat(draft.title()).isEqualTo("Lower East Side errands");
        assertThat(draft.path()).containsExactly(new GeoPoint(40.71834, -73.98814), new GeoPoint(40.71642, -73.98652),
                new GeoPoint(40.71497, -73.98990));
    }

    @Test
    void aBareLineStringHasNoTitleOfItsOwn() {
        RouteDraft draft = read("{\"type\":\"LineString\",\"coordinates\":" + TWO + "}");

        assertThat(draft.title()).isNull();
        assertThat(draft.path()).containsExactly(new GeoPoint(40.73, -73.99), new GeoPoint(40.74, -73.98));
    }

    @Test
    void aFeaturePrefersPropertiesTitleToName() {
        RouteDraft draft = read("{\"type\":\"Feature\",\"properties\":{\"name\":\"n\",\"title\":\"t\"},"
                + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":" + TWO + "}}");

        assertThat(draft.title()).isEqualTo("t");
    }

    @Test
    void aFeatureCollectionWithoutExactlyOneLineStringIsRefused() {
        refused("{\"type\":\"FeatureCollection\",\"features\":[]}",
                "a FeatureCollection must hold exactly one Feature with a LineString geometry, held 0");
        String line = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":"
                + TWO + "}}";
        refused("{\"type\":\"FeatureCollection\",\"features\":[" + line + "," + line + "]}",
                "a FeatureCollection must hold exactly one Feature with a LineString geometry, held 2");
    }

    @Test
    void theWrongPointOfAFeatureInACollectionIsNamed() {
        refused("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\","
                + "\"coordinates\":[[-73.99,40.73],[-73.98,95.5]]}}]}",
                "features[0].geometry.coordinates[1]: latitude must be a number from -90 to 90, was 95.5");
    }

    @Test
    void pointsAreCountedAndEachIsChecked() {
        refused("{\"title\":\"x\",\"points\":[{\"lat\":40.7,\"lng\":-73.9}]}", "points must hold at least 2 points, had 1");
        refused("{\"title\":\"x\",\"points\":[{\"lat\":40.7,\"lng\":-73.9},{\"lat\":40.7,\"lng\":-190}]}",
                "points[1]: longitude must be a number from -180 to 180, was -190.0");
        refused("{\"title\":\"x\",\"points\":[{\"lat\":40.7,\"lng\":-73.9},{\"lng\":-73.9}]}",
                "points[1]: latitude must be a number from -90 to 90, was null");
        refused("{\"title\":\"x\",\"points\":[{\"lat\":40.7,\"lng\":-73.9},null]}",
                "points[1] must be {\"lat\": latitude, \"lng\": longitude}");
        refused("{\"title\":\"x\",\"points\":[" + "{\"lat\":40.7,\"lng\":-73.9},".repeat(5) + "{\"lat\":40.7,\"lng\":-73.9}]}",
                "points must hold at most 5 points, had 6");
    }

    @Test
    void geometryAndPointsTogetherOrAnUnknownTypeAreRefused() {
        refused("{\"title\":\"x\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":" + TWO + "},\"points\":[]}",
                "give either geometry or points, not both");
        refused("{\"type\":\"Point\",\"coordinates\":[-73.99,40.73]}",
                "type must be \"Feature\", \"FeatureCollection\" or \"LineString\" (or left out), was \"Point\"");
    }

    @Test
    void malformedJsonIsRefusedSayingWhere() {
        refused("{\"title\":\"x\",\n \"points\": [}",
                "the file is not valid JSON: Unexpected close marker '}': expected ']' (line 2, column 13)");
        assertThatThrownBy(() -> read("{\"title\":\"x\",\"points\":[{\"lat\":\"north\",\"lng\":1}]}"))
                .isInstanceOf(InvalidRouteException.class).hasMessageStartingWith("$.points[0].lat: ");
        refused(" \n", "the file is empty");
        refused("null", "the file holds no route: it is empty or null");
    }

    private static RouteDraft read(String json) {
        return GeoJsonRouteFile.read(json.getBytes(StandardCharsets.UTF_8), LIMITS);
    }

    private static void refused(String json, String reason) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidRouteException.class).hasMessage(reason);
    }
}
