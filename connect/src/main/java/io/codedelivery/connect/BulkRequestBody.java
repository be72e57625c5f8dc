package io.codedelivery.connect;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The NDJSON body of a {@code POST /_bulk}: for each action, an action line
 * ({@code {"index":{"_index":..,"_id":..}}} or {@code {"delete":...}}), then for an index the
 * document on one line; every line ends with a newline, the last one too.
 */
final class BulkRequestBody {

    static final String CONTENT_TYPE = "application/x-ndjson";

    private BulkRequestBody() {
    }

    static String of(List<BulkAction> actions) {
        StringBuilder body = new StringBuilder(actions.size() * 256);
        for (BulkAction action : actions) {
            body.append(actionLine(action)).append('\n');
            if (action.kind() == BulkAction.Kind.INDEX) {
                body.append(action.source()).append('\n');
            }
        }
        return body.toString();
    }

    private static String actionLine(BulkAction action) {
        ObjectNode line = ValueConverter.JSON.createObjectNode();
        ObjectNode meta = line.putObject(action.kind() == BulkAction.Kind.INDEX ? "index" : "delete");
        meta.put("_index", action.index());
        meta.put("_id", action.id());
        return ValueConverter.JSON.writeValueAsString(line);
    }
}
