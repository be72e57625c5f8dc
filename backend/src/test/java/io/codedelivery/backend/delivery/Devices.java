package io.codedelivery.backend.delivery;

import com.mongodb.client.MongoDatabase;
import io.codedelivery.backend.device.DevicePositions;
import io.codedelivery.backend.device.DeviceSettings;
import io.codedelivery.backend.device.DeviceTrackRepository;
import io.codedelivery.backend.messaging.EventPublisher;
import io.codedelivery.backend.route.RouteCatalogue;
import java.time.Clock;
import java.time.Duration;

/** The device side of deliveries, for tests of the delivery feature, over the same database. */
final class Devices {

    private Devices() {
    }

    static DevicePositions positions(MongoDatabase database, EventPublisher publisher, Clock clock) {
        return new DevicePositions(new DeviceTrackRepository(database), new RouteCatalogue(database), publisher,
                new DeviceSettings(150, 500, Duration.ofSeconds(30)), clock);
    }
}
