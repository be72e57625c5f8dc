package io.codedelivery.backend.viewer;

import io.codedelivery.contracts.PositionReported;

/** One position as the protocol sends it, encoded once per replica and shared by every viewer it goes to. */
record PositionRow(String deliveryId, long seq, String json) {

    static PositionRow of(PositionReported position) {
        StringBuilder json = new StringBuilder(96).append('[');
        Json.appendString(json, position.deliveryId()).append(',');
        Json.appendString(json, position.routeId()).append(',').append(position.seq()).append(',');
        Json.appendCoordinate(json, position.lat()).append(',');
        Json.appendCoordinate(json, position.lng()).append(',').append(position.emittedAt().toEpochMilli());
        return new PositionRow(position.deliveryId(), position.seq(), json.append(']').toString());
    }
}
