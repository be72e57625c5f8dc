package io.codedelivery.backend.device;

import io.codedelivery.backend.route.RouteCatalogue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The driver page's API: a phone reports for the one delivery its token names. */
@RestController
@Tag(name = "Devices", description = "A phone or tracker app as the vehicle of a device-driven delivery")
@RequestMapping("/api/device")
class DeviceController {

    private static final String BEARER = "bearer ";

    private final DevicePositions positions;
    private final RouteCatalogue routes;
    private final DeviceSettings settings;

    DeviceController(DevicePositions positions, RouteCatalogue routes, DeviceSettings settings) {
        this.positions = positions;
        this.routes = routes;
        this.settings = settings;
    }

    @GetMapping("/delivery")
    @Operation(operationId = "getDeviceDelivery", summary = "The delivery this device drives",
            description = "The delivery, its route and the last seq the server has, so a device resumes where it was.")
    @ApiResponse(responseCode = "200", description = "the delivery")
    @ApiResponse(responseCode = "401", description = "no device token, or not a valid one")
    DeviceViews.DeviceDelivery delivery(@Parameter(description = "Bearer and the delivery's device token")
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        DeviceTrack track = positions.authorise(tokenOf(authorization));
        return routes.findById(track.routeId())
                .map(route -> DeviceViews.DeviceDelivery.of(track, route, settings.arrivalMeters()))
                .orElseThrow(() -> new IllegalStateException("delivery " + track.deliveryId() + " has no route"));
    }

    @PostMapping("/positions")
    @Operation(operationId = "reportDevicePositions", summary = "Report positions",
            description = "Positions in seq order, 0, 1, 2, ... per delivery; any the server has are dropped, so "
                    + "sending again is always safe. The last, with finished, ends the delivery at its destination.")
    @ApiResponse(responseCode = "200", description = "taken: the last seq the server has")
    @ApiResponse(responseCode = "400", description = "a malformed report")
    @ApiResponse(responseCode = "401", description = "no device token, or not a valid one")
    @ApiResponse(responseCode = "409", description = "the first new seq is past the next one expected: send from "
            + "expectedSeq")
    @ApiResponse(responseCode = "410", description = "the delivery was delivered or cancelled (status says which)")
    @ApiResponse(responseCode = "422", description = "finished further than arrivalMeters from the destination")
    @ApiResponse(responseCode = "503", description = "Kafka did not take the positions: send them again")
    DeviceViews.ReportAnswer report(@Parameter(description = "Bearer and the delivery's device token")
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody DeviceReportBody body) {
        DeviceTrack track = positions.authorise(tokenOf(authorization));
        return DeviceViews.ReportAnswer.of(positions.report(track, body.fixes()));
    }

    private static DeviceToken tokenOf(String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            throw new DeviceExceptions.UnknownToken();
        }
        return DeviceToken.parse(authorization.substring(BEARER.length()).strip())
                .orElseThrow(DeviceExceptions.UnknownToken::new);
    }
}
