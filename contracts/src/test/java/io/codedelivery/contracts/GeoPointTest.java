package io.codedelivery.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void distanceMatchesAKnownOne() {
        GeoPoint paris = new GeoPoint(48.8566, 2.3522);
        GeoPoint london = new GeoPoint(51.5072, -0.1276);
        assertThat(paris.metresTo(london)).isCloseTo(343_500, within(1_000.0));
    }

    @Test
    void aPointIsNoDistanceFromItself() {
        GeoPoint point = new GeoPoint(40.7, -74.0);
        assertThat(point.metresTo(point)).isZero();
    }

    @Test
    void coordinatesOffTheGlobeAreRejected() {
        assertThatThrownBy(() -> new GeoPoint(0, 181)).hasMessageContaining("lng must be between -180 and 180");
        assertThatThrownBy(() -> new GeoPoint(Double.NaN, 0)).hasMessageContaining("lat must be between -90 and 90");
    }
}
