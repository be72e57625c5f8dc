package io.codedelivery.backend.route;

public class UnknownRouteException extends RuntimeException {

    private static final int SHOWN_ID_LENGTH = 64;

    public UnknownRouteException(String id) {
        super("no route with id '" + shown(id) + "'");
    }

    /** The id as an error may show it: a long one is cut, so an answer never echoes a huge input. */
    private static String shown(String id) {
        return id == null || id.length() <= SHOWN_ID_LENGTH ? id : id.substring(0, SHOWN_ID_LENGTH) + "…";
    }
}
