package io.codedelivery.devstack.testkit;

import tools.jackson.databind.JsonNode;

/** A position as a viewer received it: one row of the viewer protocol. */
public record ViewedPosition(String deliveryId, String routeId, long seq, double lat, double lng, long emittedAtMillis) {

    static ViewedPosition fromRow(JsonNode row) {
        return new ViewedPosition(row.get(0).asString(), row.get(1).asString(), row.get(2).asLong(),
                row.get(3).asDouble(), row.get(4).asDouble(), row.get(5).asLong());
    }
}
