package io.codedelivery.backend.route;

/** A file sent to import is over {@code codedelivery.route.max-import-bytes}. */
class RouteFileTooLargeException extends RuntimeException {

    RouteFileTooLargeException(long limit) {
        super("the file is over the limit of " + limit + " bytes (ROUTE_MAX_IMPORT_BYTES)");
    }
}
