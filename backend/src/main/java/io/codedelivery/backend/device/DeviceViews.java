package io.codedelivery.backend.device;

import io.codedelivery.backend.route.Route;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What the device API answers. */
final class DeviceViews {

    private DeviceViews() {
    }

    /** The delivery a device drives, its route as {@code [lng, lat]} pairs, and the last seq the server has (-1: none). */
    @Schema(name = "DeviceDelivery")
    record DeviceDelivery(Delivery delivery, List<double[]> path, long lastSeq, double arrivalMeters) {

        static DeviceDelivery of(DeviceTrack track, Route route, double arrivalMeters) {
            DevicePositions.Report report = DevicePositions.Report.of(track);
            return new DeviceDelivery(new Delivery(track.deliveryId(), track.routeId(), track.routeTitle(),
                    report.status(), track.distanceMeters()),
                    route.path().stream().map(point -> new double[] {point.lng(), point.lat()}).toList(),
                    track.lastSeq(), arrivalMeters);
        }
    }

    @Schema(name = "DeviceDeliverySummary")
    record Delivery(String id, String routeId, String routeTitle,
            @Schema(allowableValues = {"requested", "in_transit", "delivered", "cancelled"}) String status,
            double distanceMeters) {
    }

    /** After a report: the last seq the server has; send from the next one. */
    @Schema(name = "DeviceReportAnswer")
    record ReportAnswer(long lastSeq,
            @Schema(allowableValues = {"requested", "in_transit", "delivered", "cancelled"}) String status) {

        static ReportAnswer of(DevicePositions.Report report) {
            return new ReportAnswer(report.lastSeq(), report.status());
        }
    }
}
