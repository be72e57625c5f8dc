package io.codedelivery.backend.route;

/** Another route has this title, ignoring case and surrounding or repeated whitespace. */
public class DuplicateRouteTitleException extends RuntimeException {

    public DuplicateRouteTitleException(String title, String existingId) {
        super("a route titled '" + title + "' exists already (id " + existingId + ")");
    }
}
