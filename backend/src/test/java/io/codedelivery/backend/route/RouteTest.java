package io.codedelivery.backend.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.codedelivery.contracts.GeoPoint;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where along a route a vehicle had got to, from where it stopped. */
class RouteTest {

    // north about 1112 m, then east about 843 m
    private static final GeoPoint START = new GeoPoint(40.0, -73.0);
    private static final GeoPoint CORNER = new GeoPoint(40.01, -73.0);
    private static final GeoPoint END = new GeoPoint(40.01, -72.99);
    private static final Route L_SHAPED = new Route("l", "L", List.of(START, CORNER, END), false, Instant.EPOCH);

    @Test
    void theEndsOfTheRouteAreNothingAndItsWholeLength() {
        assertThat(L_SHAPED.metresAlongTo(START)).isZero();
        assertThat(L_SHAPED.metresAlongTo(END)).isCloseTo(L_SHAPED.lengthMeters(), within(0.5));
    }

    @Test
    void aPointOnTheSecondLegCountsTheWholeFirstLegAndItsShareOfTheSecond() {
        GeoPoint halfwayEast = new GeoPoint(40.01, -72.995);

        assertThat(L_SHAPED.metresAlongTo(halfwayEast))
                .isCloseTo(START.metresTo(CORNER) + CORNER.metresTo(halfwayEast), within(0.5));
    }

    @Test
    void aPointBesideTheRouteCountsAsTheNearestPointOfIt() {
        GeoPoint westOfTheFirstLeg = new GeoPoint(40.005, -73.0003);

        assertThat(L_SHAPED.metresAlongTo(westOfTheFirstLeg))
                .isCloseTo(START.metresTo(new GeoPoint(40.005, -73.0)), within(0.5));
    }

    @Test
    void aPointBeyondTheEndCountsAsTheEnd() {
        assertThat(L_SHAPED.metresAlongTo(new GeoPoint(40.01, -72.98)))
                .isCloseTo(L_SHAPED.lengthMeters(), within(0.5));
    }
}
