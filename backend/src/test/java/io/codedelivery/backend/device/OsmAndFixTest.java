package io.codedelivery.backend.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.codedelivery.contracts.GeoPoint;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class OsmAndFixTest {

    private static final Instant NOW = Instant.parse("2026-11-26T14:00:00Z");

    @Test
    void theProtocolsParametersAsTraccarClientSendsThem() {
        OsmAndFix fix = OsmAndFix.fromParameters(Map.of("id", "token", "lat", "-23.5613", "lon", "-46.6565",
                "timestamp", "1764165600", "speed", "12.5", "bearing", "90", "batt", "77"), NOW);

        assertThat(fix).isEqualTo(new OsmAndFix("token", new GeoPoint(-23.5613, -46.6565),
                Instant.ofEpochSecond(1764165600)));
    }

    @Test
    void otherSpellingsOfTheIdThePointAndTheTime() {
        assertThat(OsmAndFix.fromParameters(Map.of("deviceid", "t", "location", "1.5,2.5",
                "timestamp", "1764165600123"), NOW)).isEqualTo(new OsmAndFix("t", new GeoPoint(1.5, 2.5),
                Instant.ofEpochMilli(1764165600123L)));
        assertThat(OsmAndFix.fromParameters(Map.of("id", "t", "lat", "1", "lon", "2", "timestamp",
                "2026-11-26 13:59:58"), NOW).at()).isEqualTo(Instant.parse("2026-11-26T13:59:58Z"));
        assertThat(OsmAndFix.fromParameters(Map.of("id", "t", "lat", "1", "lon", "2", "timestamp",
                "2026-11-26T13:59:58.5Z"), NOW).at()).isEqualTo(Instant.parse("2026-11-26T13:59:58.5Z"));
        assertThat(OsmAndFix.fromParameters(Map.of("id", "t", "lat", "1", "lon", "2"), NOW).at()).isEqualTo(NOW);
    }

    @Test
    void traccarClientsJson() {
        var body = JsonMapper.builder().build().readTree("""
                {"location":{"timestamp":"2026-11-26T13:59:00.000Z","coords":{"latitude":-23.5,"longitude":-46.6,
                "speed":3.1,"heading":80,"accuracy":5},"is_moving":true,"battery":{"level":0.8}},"device_id":"tok"}
                """);

        assertThat(OsmAndFix.fromJson(body, NOW)).isEqualTo(new OsmAndFix("tok", new GeoPoint(-23.5, -46.6),
                Instant.parse("2026-11-26T13:59:00Z")));
    }

    @Test
    void whatCannotBeAPositionIsRefusedClearly() {
        assertThatThrownBy(() -> OsmAndFix.fromParameters(Map.of("lat", "1", "lon", "2"), NOW))
                .isInstanceOf(DeviceExceptions.UnknownToken.class);
        assertThatThrownBy(() -> OsmAndFix.fromParameters(Map.of("id", "t", "lat", "1"), NOW))
                .isInstanceOf(DeviceExceptions.InvalidReport.class).hasMessage("lat and lon are required");
        assertThatThrownBy(() -> OsmAndFix.fromParameters(Map.of("id", "t", "lat", "north", "lon", "2"), NOW))
                .isInstanceOf(DeviceExceptions.InvalidReport.class).hasMessage("lat and lon must be decimal degrees");
        assertThatThrownBy(() -> OsmAndFix.fromParameters(Map.of("id", "t", "lat", "91", "lon", "2"), NOW))
                .isInstanceOf(DeviceExceptions.InvalidReport.class).hasMessageContaining("lat must be between");
        assertThatThrownBy(() -> OsmAndFix.fromParameters(Map.of("id", "t", "lat", "1", "lon", "2", "timestamp",
                "yesterday"), NOW)).isInstanceOf(DeviceExceptions.InvalidReport.class);
    }
}
