package io.codedelivery.simulator.driving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.codedelivery.contracts.GeoPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItineraryTest {
    private static final GeoPoint START = new GeoPoint(40.0, -73.0);
    private static final GeoPoint MIDDLE = new GeoPoint(40.01, -73.0);
    private static final GeoPoint END = new GeoPoint(40.01, -72.99);

    @Test
    void lengthIsTheSumOfTheHaversineLegs() {
        Itinerary itinerary = new Itinerary(List.of(START, MIDDLE, END));

        // 0.01 degree of latitude is about 1111.95 m; 0.01 degree of longitude at 40.01N about 851.6 m
        assertThat(itinerary.lengthMetres()).isCloseTo(1111.95 + 851.6, within(1.0));
    }

    @Test
    void pointsBetweenWaypointsAreInterpolatedAlongTheLeg() {
        Itinerary itinerary = new Itinerary(List.of(START, MIDDLE, END));
        double firstLeg = START.metresTo(MIDDLE);

        GeoPoint quarter = itinerary.pointAt(firstLeg / 4);
        GeoPoint intoSecondLeg = itinerary.pointAt(firstLeg + MIDDLE.metresTo(END) / 2);

        assertThat(quarter.lat()).isCloseTo(40.0025, within(1e-9));
        assertThat(quarter.lng()).isCloseTo(-73.0, within(1e-9));
        assertThat(intoSecondLeg.lat()).isCloseTo(40.01, within(1e-9));
        assertThat(intoSecondLeg.lng()).isCloseTo(-72.995, within(1e-9));
    }

    @Test
    void aWaypointIsReachedExactlyAtItsDistance() {
        Itinerary itinerary = new Itinerary(List.of(START, MIDDLE, END));

        assertThat(itinerary.pointAt(START.metresTo(MIDDLE))).isEqualTo(MIDDLE);
    }

    @Test
    void distancesBeyondTheEndsAreClampedToTheEnds() {
        Itinerary itinerary = new Itinerary(List.of(START, MIDDLE, END));

        assertThat(itinerary.pointAt(-5)).isEqualTo(START);
        assertThat(itinerary.pointAt(0)).isEqualTo(START);
        assertThat(itinerary.pointAt(itinerary.lengthMetres())).isEqualTo(END);
        assertThat(itinerary.pointAt(itinerary.lengthMetres() + 1_000)).isEqualTo(END);
    }

    @Test
    void repeatedWaypointsDoNotBreakInterpolation() {
        Itinerary itinerary = new Itinerary(List.of(START, MIDDLE, MIDDLE, MIDDLE, END));
        double firstLeg = START.metresTo(MIDDLE);

        assertThat(itinerary.lengthMetres()).isCloseTo(firstLeg + MIDDLE.metresTo(END), within(1e-6));
        assertThat(itinerary.pointAt(firstLeg)).isEqualTo(MIDDLE);
        assertThat(itinerary.pointAt(firstLeg + 1).lng()).isGreaterThan(MIDDLE.lng());
    }

    @Test
    void aRouteThatDoesNotMoveHasZeroLength() {
        Itinerary itinerary = new Itinerary(List.of(START, START));

        assertThat(itinerary.lengthMetres()).isZero();
        assertThat(itinerary.pointAt(10)).isEqualTo(START);
    }

    @Test
    void anEmptyPathIsRefused() {
        assertThatThrownBy(() -> new Itinerary(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
