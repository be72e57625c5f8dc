package io.codedelivery.backend.route;

/** The route is archived: it is kept and shown, but no delivery starts on it. */
public class ArchivedRouteException extends RuntimeException {

    public ArchivedRouteException(String id) {
        super("route " + id + " is archived: restore it (PATCH /api/routes/" + id
                + " {\"archived\": false}) to start a delivery on it");
    }
}
