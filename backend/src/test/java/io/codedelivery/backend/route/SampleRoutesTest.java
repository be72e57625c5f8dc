package io.codedelivery.backend.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.contracts.GeoPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleRoutesTest {

    private final List<Route> samples = SampleRoutes.load(java.time.Instant.EPOCH);

    @Test
    void thereAreAtLeastFiveSampleRoutesWithDistinctIds() {
        assertThat(samples).hasSizeGreaterThanOrEqualTo(5);
        assertThat(samples).extracting(Route::id).doesNotHaveDuplicates();
    }

    @Test
    void eachSampleRouteIsOneToSeveralKilometresLong() {
        assertThat(samples).allSatisfy(route -> assertThat(route.lengthMeters()).isBetween(1_000.0, 10_000.0));
    }

    @Test
    void allSampleRoutesLieInManhattan() {
        assertThat(samples).flatExtracting(Route::path).allSatisfy(point -> {
            assertThat(point.lat()).isBetween(40.70, 40.80);
            assertThat(point.lng()).isBetween(-74.02, -73.93);
        });
    }

    @Test
    void routeLengthFollowsThePath() {
        Route route = new Route("r", "Two blocks", List.of(new GeoPoint(40.0, -74.0), new GeoPoint(40.001, -74.0),
                new GeoPoint(40.002, -74.0)), false, java.time.Instant.EPOCH);
        assertThat(route.lengthMeters()).isCloseTo(222.4, org.assertj.core.data.Offset.offset(0.5));
    }
}
