package io.codedelivery.backend.device;

import io.codedelivery.contracts.GeoPoint;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The body of {@code POST /api/device/positions}: positions the device recorded, in seq order. */
@Schema(name = "DeviceReport")
record DeviceReportBody(List<Position> positions) {

    /** {@code at} is when the device took the position (ISO-8601); {@code finished} only on the delivery's last. */
    @Schema(name = "DevicePosition")
    record Position(Long seq, Double lat, Double lng, String at, Boolean finished) {
    }

    List<DeviceFix> fixes() {
        if (positions == null) {
            throw new DeviceExceptions.InvalidReport("positions is required");
        }
        List<DeviceFix> fixes = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            fixes.add(fixOf(positions.get(i), i));
        }
        return fixes;
    }

    private static DeviceFix fixOf(Position position, int index) {
        String where = "positions[" + index + "]";
        if (position == null || position.seq() == null || position.lat() == null || position.lng() == null
                || position.at() == null) {
            throw new DeviceExceptions.InvalidReport(where + " needs seq, lat, lng and at");
        }
        if (position.seq() < 0) {
            throw new DeviceExceptions.InvalidReport(where + ".seq must be 0 or more, was " + position.seq());
        }
        try {
            return new DeviceFix(position.seq(), new GeoPoint(position.lat(), position.lng()), Instant.parse(position.at()),
                    Boolean.TRUE.equals(position.finished()));
        } catch (DateTimeParseException e) {
            throw new DeviceExceptions.InvalidReport(where + ".at must be an ISO-8601 instant such as "
                    + "2026-11-26T14:00:00.123Z");
        } catch (IllegalArgumentException e) {
            throw new DeviceExceptions.InvalidReport(where + ": " + e.getMessage());
        }
    }
}
