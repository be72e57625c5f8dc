package io.codedelivery.backend.device;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Tracker apps that speak the OsmAnd protocol (Traccar Client, OsmAnd's live tracking) drive a
 * device-driven delivery with no app of ours: their server URL is {@code /api/osmand} and their
 * device identifier the delivery's device token. A position after the delivery ended is answered
 * 200 and dropped, so an app does not retry it forever.
 */
@RestController
@Tag(name = "Devices")
@RequestMapping("/api/osmand")
class OsmAndController {

    private final DevicePositions positions;
    private final Clock clock;

    OsmAndController(DevicePositions positions, Clock clock) {
        this.positions = positions;
        this.clock = clock;
    }

    @RequestMapping(method = {RequestMethod.GET, RequestMethod.POST})
    @Operation(operationId = "reportOsmAnd", summary = "Report a position (OsmAnd protocol)",
            description = "Query or form parameters id (the device token), lat, lon, timestamp; speed, bearing, "
                    + "altitude, accuracy and batt are accepted and not used.")
    @ApiResponse(responseCode = "200", description = "taken, or already taken, or the delivery is over")
    @ApiResponse(responseCode = "400", description = "lat, lon or timestamp missing or malformed")
    @ApiResponse(responseCode = "401", description = "the id is no delivery's device token")
    @ApiResponse(responseCode = "503", description = "Kafka did not take the position: send it again")
    ResponseEntity<Void> parameters(
            @Parameter(description = "id, lat, lon, timestamp and the protocol's other parameters")
            @RequestParam Map<String, String> parameters) {
        return take(OsmAndFix.fromParameters(parameters, clock.instant()));
    }

    @RequestMapping(method = RequestMethod.POST, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "reportOsmAndJson", summary = "Report a position (Traccar Client JSON)",
            description = "device_id (the device token) and location.coords.latitude/longitude, location.timestamp.")
    @ApiResponse(responseCode = "200", description = "taken, or already taken, or the delivery is over")
    ResponseEntity<Void> json(@RequestBody JsonNode body) {
        return take(OsmAndFix.fromJson(body, clock.instant()));
    }

    private ResponseEntity<Void> take(OsmAndFix fix) {
        DeviceToken token = DeviceToken.parse(fix.id()).orElseThrow(DeviceExceptions.UnknownToken::new);
        DeviceTrack track = positions.authorise(token);
        if (track.open()) {
            positions.reportUnnumbered(track, fix.point(), fix.at());
        }
        return ResponseEntity.ok().build();
    }
}
