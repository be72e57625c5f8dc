package io.codedelivery.backend.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.codedelivery.contracts.GeoPoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewRouteTest {

    private static final RouteSettings LIMITS = new RouteSettings(5, 20, 1_000);
    private static final List<List<Double>> TWO = List.of(List.of(-73.99, 40.73), List.of(-73.98, 40.74));

    @Test
    void aValidRouteKeepsItsPointsLongitudeFirstAndItsTitleTrimmed() {
        Route route = new NewRoute("  Short hop ", line(TWO)).toRoute(LIMITS);
        assertThat(route.title()).isEqualTo("Short hop");
        assertThat(route.path()).containsExactly(new GeoPoint(40.73, -73.99), new GeoPoint(40.74, -73.98));
        assertThat(route.id()).hasSize(36);
    }

    @Test
    void theTitleIsRequiredAndBounded() {
        refused(new NewRoute(null, line(TWO)), "title is required");
        refused(new NewRoute("  ", line(TWO)), "title is required");
        refused(new NewRoute("x".repeat(21), line(TWO)), "title must be at most 20 characters, was 21");
        refused(new NewRoute("a\u0000b", line(TWO)), "title must not contain control characters");
    }

    @Test
    void theGeometryMustBeALineStringOfTwoToMaxPoints() {
        refused(new NewRoute("x", null), "geometry is required: a GeoJSON LineString");
        refused(new NewRoute("x", new NewRoute.Geometry("Point", TWO)), "geometry.type must be \"LineString\"");
        refused(new NewRoute("x", line(List.of(List.of(0.0, 0.0)))),
                "geometry.coordinates must hold at least 2 positions, had 1");
        refused(new NewRoute("x", new NewRoute.Geometry("LineString", null)),
                "geometry.coordinates must hold at least 2 positions, had 0");
        List<List<Double>> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(List.of(0.0, i * 0.001));
        }
        refused(new NewRoute("x", line(six)), "geometry.coordinates must hold at most 5 positions, had 6");
    }

    @Test
    void everyPositionIsALongitudeAndALatitudeOnTheGlobe() {
        refused(withFirst(Arrays.asList(1.0)), "geometry.coordinates[0] must be [longitude, latitude]");
        refused(withFirst(Arrays.asList(1.0, 2.0, 3.0, 4.0)), "geometry.coordinates[0] must be [longitude, latitude]");
        refused(withFirst(Arrays.asList(null, 2.0)),
                "geometry.coordinates[0]: longitude must be a number from -180 to 180, was null");
        refused(withFirst(Arrays.asList(180.5, 2.0)),
                "geometry.coordinates[0]: longitude must be a number from -180 to 180, was 180.5");
        refused(withFirst(Arrays.asList(0.0, -90.0001)),
                "geometry.coordinates[0]: latitude must be a number from -90 to 90, was -90.0001");
        refused(withFirst(Arrays.asList(0.0, Double.NaN)),
                "geometry.coordinates[0]: latitude must be a number from -90 to 90, was NaN");
        refused(withFirst(Arrays.asList(Double.POSITIVE_INFINITY, 0.0)),
                "geometry.coordinates[0]: longitude must be a number from -180 to 180, was Infinity");
        List<List<Double>> withNull = new ArrayList<>(TWO);
        withNull.set(1, null);
        refused(new NewRoute("x", line(withNull)), "geometry.coordinates[1] must be [longitude, latitude]");
    }

    @Test
    void anAltitudeIsAllowedAndIgnored() {
        Route route = new NewRoute("x", line(List.of(List.of(1.0, 2.0, 30.0), List.of(1.0, 2.1)))).toRoute(LIMITS);
        assertThat(route.start()).isEqualTo(new GeoPoint(2.0, 1.0));
    }

    private static NewRoute withFirst(List<Double> position) {
        List<List<Double>> coordinates = new ArrayList<>(TWO);
        coordinates.set(0, position);
        return new NewRoute("x", line(coordinates));
    }

    private static NewRoute.Geometry line(List<List<Double>> coordinates) {
        return new NewRoute.Geometry("LineString", coordinates);
    }

    private static void refused(NewRoute body, String reason) {
        assertThatThrownBy(() -> body.toRoute(LIMITS)).isInstanceOf(InvalidRouteException.class).hasMessage(reason);
    }

    @Test
    void aRouteLimitAboveWhatADeliveryRequestCarriesIsRefusedAtStart() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RouteSettings(10_001, 200, 1_000))
                .hasMessage("codedelivery.route.max-points must be between 2 and 10000, was 10001");
    }
}
