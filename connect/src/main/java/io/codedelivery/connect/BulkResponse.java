package io.codedelivery.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What the search engine said about each action of a bulk request, in request order. The same
 * shape comes from OpenSearch 2.x and Elasticsearch 7/8:
 * {@code {"took":3,"errors":true,"items":[{"index":{"_id":"a","status":201,...}},
 * {"index":{"_id":"b","status":400,"error":{"type":"mapper_parsing_exception","reason":"..."}}}]}}.
 */
record BulkResponse(List<Item> items) {

    /** Error types that say the document itself is at fault; sending it again cannot help. */
    static final Set<String> MALFORMED_TYPES = Set.of(
            "mapper_parsing_exception", "document_parsing_exception", "illegal_argument_exception",
            "action_request_validation_exception", "strict_dynamic_mapping_exception");

    private static final int MAX_REASON = 300;

    enum Outcome { INDEXED, MALFORMED, RETRIABLE, FAILED }

    record Item(int status, String errorType, String reason) {

        Outcome outcome() {
            if (errorType == null) {
                return Outcome.INDEXED; // a delete of a missing document (404, "not_found") included

            }
            if (status == 429 || status >= 500) {
                return Outcome.RETRIABLE;
            }
            if (MALFORMED_TYPES.contains(errorType)) {
                return Outcome.MALFORMED;
            }
            return Outcome.FAILED;
        }
    }

    static BulkResponse parse(String body, int expectedItems) {
        JsonNode root;
        try {
            root = ValueConverter.JSON.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("bulk response is not JSON: " + cut(body));
        }
        JsonNode items = root.path("items");
        if (!items.isArray() || items.size() != expectedItems) {
            throw new IllegalArgumentException("bulk response has " + (items.isArray() ? items.size() : "no")
                    + " items for " + expectedItems + " actions");
        }
        List<Item> parsed = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            parsed.add(item(item));
        }
        return new BulkResponse(parsed);
    }

    private static Item item(JsonNode wrapper) {
        JsonNode result = wrapper.isObject() && wrapper.size() == 1 ? wrapper.iterator().next() : wrapper;
        int status = result.path("status").asInt(0);
        JsonNode error = result.get("error");
        if (error == null || error.isNull()) {
            return new Item(status, null, null);
        }
        return new Item(status, errorType(error), reason(error));
    }

    /** The reason of an error response to a whole request ({@code {"error":{...},"status":429}}) or its text. */
    static String requestError(String body) {
        try {
            JsonNode error = ValueConverter.JSON.readTree(body).get("error");
            if (error != null && error.isObject()) {
                return reason(error);
            }
            if (error != null) {
                return cut(error.asString());
            }
        } catch (JacksonException | IllegalArgumentException notJson) {
            // fall through: some proxies and the security plugin answer in plain text
        }
        return cut(body);
    }

    private static String errorType(JsonNode error) {
        return error.isObject() ? error.path("type").asString("unknown") : "unknown";
    }

    private static String reason(JsonNode error) {
        if (!error.isObject()) {
            return cut(error.asString());
        }
        StringBuilder reason = new StringBuilder(errorType(error)).append(": ").append(error.path("reason").asString(""));
        JsonNode cause = error.get("caused_by");
        if (cause != null && cause.isObject()) {
            reason.append(" (caused by ").append(cause.path("type").asString("")).append(": ")
                    .append(cause.path("reason").asString("")).append(')');
        }
        return cut(reason.toString());
    }

    static String cut(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replace('\n', ' ').strip();
        return oneLine.length() <= MAX_REASON ? oneLine : oneLine.substring(0, MAX_REASON - 3) + "...";
    }
}
