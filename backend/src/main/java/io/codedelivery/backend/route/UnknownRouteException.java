package io.codedelivery.backend.route;

public class UnknownRouteException extends RuntimeException {

    public UnknownRouteException(String id) {
        super("no route with id '" + id + "'");
    }
}
