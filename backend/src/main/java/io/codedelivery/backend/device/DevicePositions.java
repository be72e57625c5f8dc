package io.codedelivery.backend.device;

import io.codedelivery.backend.messaging.EventPublisher;
import io.codedelivery.backend.route.Route;
import io.codedelivery.backend.route.RouteCatalogue;
import io.codedelivery.contracts.GeoPoint;
import io.codedelivery.contracts.PositionReported;
import io.codedelivery.contracts.Topics;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns what a device reports into positions on {@code route.new-position}, the same topic,
 * contract and key the simulator uses, so viewers, statuses, the search index and dashboards see a
 * phone as they see a simulated vehicle. Positions are taken in seq order only; one the delivery
 * already has is dropped, so a device may always send again what it is not sure arrived. A position
 * is published (acks=all) before it is counted as received: a crash in between makes the device
 * send it again, never lose it.
 */
@Component
public class DevicePositions {

    /** What the device is told after a report: the last seq the server has, and where the delivery stands. */
    record Report(long lastSeq, String status) {

        static Report of(DeviceTrack track) {
            return new Report(track.lastSeq(), statusOf(track));
        }
    }

    private static final Logger log = LoggerFactory.getLogger(DevicePositions.class);

    private final DeviceTrackRepository tracks;
    private final RouteCatalogue routes;
    private final EventPublisher publisher;
    private final DeviceSettings settings;
    private final Clock clock;

    public DevicePositions(DeviceTrackRepository tracks, RouteCatalogue routes, EventPublisher publisher,
            DeviceSettings settings, Clock clock) {
        this.tracks = tracks;
        this.routes = routes;
        this.publisher = publisher;
        this.settings = settings;
        this.clock = clock;
    }

    DeviceTrack authorise(DeviceToken token) {
        return tracks.findByToken(token).orElseThrow(DeviceExceptions.UnknownToken::new);
    }

    /**
     * Positions numbered by the device (the driver page), consecutive and in order. A cancelled
     * delivery refuses them all: its last seq is the cancellation's, not one the device sent.
     */
    Report report(DeviceTrack track, List<DeviceFix> fixes) {
        requireConsecutive(fixes);
        if ("cancelled".equals(track.status())) {
            throw new DeviceExceptions.DeliveryEnded(track.deliveryId(), track.status());
        }
        List<DeviceFix> fresh = fixes.stream().filter(fix -> fix.seq() > track.lastSeq()).toList();
        if (fresh.isEmpty()) {
            return Report.of(track);
        }
        requireOpen(track);
        if (fresh.getFirst().seq() != track.lastSeq() + 1) {
            throw new DeviceExceptions.SeqGap(track.lastSeq() + 1, fresh.getFirst().seq());
        }
        return publish(track, fresh);
    }

    /**
     * One position of a tracker app that numbers nothing (the OsmAnd protocol): it gets the next seq,
     * ends the delivery when it is at the destination, and is dropped as a retry when it is not newer
     * than the last one taken.
     */
    Report reportUnnumbered(DeviceTrack track, GeoPoint point, Instant at) {
        if (track.lastAt() != null && !at.isAfter(track.lastAt())) {
            return Report.of(track);
        }
        requireOpen(track);
        boolean arrived = point.metresTo(routeOf(track).end()) <= settings.arrivalMeters();
        return publish(track, List.of(new DeviceFix(track.lastSeq() + 1, point, at, arrived)));
    }

    /**
     * The last position of a cancelled device-driven delivery, where its device last was, so every
     * map removes it as it does a simulated one. Nothing for a delivery no device drives, one whose
     * device never reported (no map has it), or one already ended.
     */
    public void reportCancelled(String deliveryId, Instant at) {
        tracks.findById(deliveryId).filter(track -> !track.ended() && track.lastPoint() != null).ifPresent(track -> {
            PositionReported last = PositionReported.cancelledAt(deliveryId, track.routeId(), track.lastSeq() + 1,
                    track.lastPoint(), at);
            publisher.publish(Topics.POSITION_REPORTED, last);
            tracks.advance(deliveryId, track.lastSeq(), last);
        });
    }

    private Report publish(DeviceTrack track, List<DeviceFix> fixes) {
        Instant latest = clock.instant().plus(settings.maxClockSkew());
        for (DeviceFix fix : fixes) {
            if (fix.at().isAfter(latest)) {
                throw new DeviceExceptions.InvalidReport("position " + fix.seq() + " is stamped " + fix.at()
                        + ", in the future: check the device's clock");
            }
        }
        DeviceFix last = fixes.getLast();
        if (last.finished()) {
            double metres = last.point().metresTo(routeOf(track).end());
            if (metres > settings.arrivalMeters()) {
                throw new DeviceExceptions.NotAtDestination(metres, settings.arrivalMeters());
            }
        }
        List<PositionReported> positions = fixes.stream().map(fix -> new PositionReported(track.deliveryId(),
                track.routeId(), fix.seq(), fix.point().lat(), fix.point().lng(), fix.finished(), fix.at())).toList();
        publisher.publishAll(Topics.POSITION_REPORTED, positions);
        tracks.advance(track.deliveryId(), track.lastSeq(), positions.getLast());
        if (last.finished()) {
            log.info("delivery {} arrived, reported by its device", track.deliveryId());
        }
        return new Report(last.seq(), last.finished() ? "delivered" : "in_transit");
    }

    private Route routeOf(DeviceTrack track) {
        return routes.findById(track.routeId()).orElseThrow(() -> new IllegalStateException(
                "delivery " + track.deliveryId() + " names route " + track.routeId() + ", which does not exist"));
    }

    private static void requireOpen(DeviceTrack track) {
        if (!track.open()) {
            throw new DeviceExceptions.DeliveryEnded(track.deliveryId(), statusOf(track));
        }
    }

    private void requireConsecutive(List<DeviceFix> fixes) {
        if (fixes.isEmpty() || fixes.size() > settings.maxBatch()) {
            throw new DeviceExceptions.InvalidReport("a report carries 1 to " + settings.maxBatch() + " positions, had "
                    + fixes.size());
        }
        for (int i = 1; i < fixes.size(); i++) {
            if (fixes.get(i).seq() != fixes.get(i - 1).seq() + 1) {
                throw new DeviceExceptions.InvalidReport("positions must be consecutive and in seq order: "
                        + fixes.get(i - 1).seq() + " is followed by " + fixes.get(i).seq());
            }
        }
        for (int i = 0; i < fixes.size() - 1; i++) {
            if (fixes.get(i).finished()) {
                throw new DeviceExceptions.InvalidReport("only the last position may be finished; " + fixes.get(i).seq()
                        + " is followed by more");
            }
        }
    }

    /** A device whose last position is on Kafka has arrived, even before the record says delivered. */
    private static String statusOf(DeviceTrack track) {
        if ("cancelled".equals(track.status()) || "delivered".equals(track.status())) {
            return track.status();
        }
        return track.ended() ? "delivered" : track.lastSeq() >= 0 ? "in_transit" : track.status();
    }
}
