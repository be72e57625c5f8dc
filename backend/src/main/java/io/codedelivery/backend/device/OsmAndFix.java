package io.codedelivery.backend.device;

import io.codedelivery.contracts.GeoPoint;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * One position in the OsmAnd protocol, as Traccar Client, OsmAnd and many trackers send it: query
 * or form parameters {@code id} (or {@code deviceid}), {@code lat}, {@code lon} (or
 * {@code location=lat,lon}), {@code timestamp} (seconds or milliseconds since the epoch, ISO-8601,
 * or {@code yyyy-MM-dd HH:mm:ss} in UTC; the time it arrived when absent), or Traccar Client's JSON
 * ({@code device_id}, {@code location.coords.latitude/longitude}, {@code location.timestamp}).
 * Speed, bearing, altitude, accuracy and battery are accepted and not used.
 */
record OsmAndFix(String id, GeoPoint point, Instant at) {

    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static OsmAndFix fromParameters(Map<String, String> parameters, Instant now) {
        Function<String, String> parameter = name -> {
            String value = parameters.get(name);
            return value == null || value.isBlank() ? null : value.strip();
        };
        String id = parameter.apply("id") != null ? parameter.apply("id") : parameter.apply("deviceid");
        String lat = parameter.apply("lat");
        String lon = parameter.apply("lon");
        String location = parameter.apply("location");
        if ((lat == null || lon == null) && location != null && location.contains(",")) {
            lat = location.substring(0, location.indexOf(',')).strip();
            lon = location.substring(location.indexOf(',') + 1).strip();
        }
        return of(id, lat, lon, parameter.apply("timestamp"), now);
    }

    static OsmAndFix fromJson(JsonNode body, Instant now) {
        JsonNode location = body.path("location");
        JsonNode coords = location.path("coords");
        return of(text(body.path("device_id")), text(coords.path("latitude")), text(coords.path("longitude")),
                text(location.path("timestamp")), now);
    }

    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asString() : null;
    }

    private static OsmAndFix of(String id, String lat, String lon, String timestamp, Instant now) {
        if (id == null) {
            throw new DeviceExceptions.UnknownToken();
        }
        if (lat == null || lon == null) {
            throw new DeviceExceptions.InvalidReport("lat and lon are required");
        }
        GeoPoint point;
        try {
            point = new GeoPoint(Double.parseDouble(lat), Double.parseDouble(lon));
        } catch (NumberFormatException e) {
            throw new DeviceExceptions.InvalidReport("lat and lon must be decimal degrees");
        } catch (IllegalArgumentException e) {
            throw new DeviceExceptions.InvalidReport(e.getMessage());
        }
        return new OsmAndFix(id, point, timestamp == null ? now : instant(timestamp));
    }

    private static Instant instant(String timestamp) {
        try {
            if (timestamp.chars().allMatch(Character::isDigit) && timestamp.length() <= 15) {
                long value = Long.parseLong(timestamp);
                return value < Integer.MAX_VALUE ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
            }
            if (timestamp.length() == 19 && timestamp.charAt(10) == ' ') {
                return LocalDateTime.parse(timestamp, SQL_TIME).toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(timestamp);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new DeviceExceptions.InvalidReport("timestamp must be seconds or milliseconds since the epoch, or an "
                    + "ISO-8601 instant");
        }
    }
}
