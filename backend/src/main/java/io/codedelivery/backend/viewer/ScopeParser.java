package io.codedelivery.backend.viewer;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a scope from the socket's URL query or from a client's {@code subscribe} message. */
final class ScopeParser {

    static final int MAX_MESSAGE_LENGTH = 4096;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScopeParser() {
    }

    /** {@code delivery=ID} or {@code bbox=w,s,e,n}; neither is the fleet. */
    static Scope fromQuery(Map<String, String> query) {
        String delivery = query.get("delivery");
        String bbox = query.get("bbox");
        if (delivery != null && bbox != null) {
            throw new InvalidScopeException("give either delivery or bbox, not both");
        }
        if (delivery != null) {
            return new Scope.OneDelivery(delivery);
        }
        return bbox == null ? Scope.FLEET : area(bbox.split(",", -1));
    }

    private static Scope.Area area(String[] parts) {
        if (parts.length != 4) {
            throw new InvalidScopeException("bbox needs 4 numbers: west,south,east,north");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new InvalidScopeException("bbox needs 4 numbers: west,south,east,north");
            }
        }
        return new Scope.Area(values[0], values[1], values[2], values[3]);
    }

    /** {@code {"type":"subscribe","scope":{"kind":...}}}. */
    static Scope fromMessage(String message) {
        if (message.length() > MAX_MESSAGE_LENGTH) {
            throw new InvalidScopeException("message over " + MAX_MESSAGE_LENGTH + " characters");
        }
        JsonNode root;
        try {
            root = JSON.readTree(message);
        } catch (JacksonException e) {
            throw new InvalidScopeException("message is not JSON");
        }
        if (!root.isObject() || !"subscribe".equals(text(root, "type"))) {
            throw new InvalidScopeException("unknown message; expected type subscribe");
        }
        JsonNode scope = root.get("scope");
        if (scope == null || !scope.isObject()) {
            throw new InvalidScopeException("subscribe needs a scope object");
        }
        return switch (String.valueOf(text(scope, "kind"))) {
            case "fleet" -> Scope.FLEET;
            case "delivery" -> deliveryScope(scope);
            case "area" -> areaScope(scope.get("bbox"));
            default -> throw new InvalidScopeException("scope kind must be fleet, delivery or area");
        };
    }

    private static Scope deliveryScope(JsonNode scope) {
        String id = text(scope, "deliveryId");
        if (id == null) {
            throw new InvalidScopeException("a delivery scope needs a deliveryId string");
        }
        return new Scope.OneDelivery(id);
    }

    private static Scope areaScope(JsonNode bbox) {
        if (bbox == null || !bbox.isArray() || bbox.size() != 4) {
            throw new InvalidScopeException("an area scope needs bbox: [west, south, east, north]");
        }
        for (JsonNode value : bbox) {
            if (!value.isNumber()) {
                throw new InvalidScopeException("an area scope needs bbox: [west, south, east, north]");
            }
        }
        return new Scope.Area(bbox.get(0).asDouble(), bbox.get(1).asDouble(), bbox.get(2).asDouble(),
                bbox.get(3).asDouble());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }
}
