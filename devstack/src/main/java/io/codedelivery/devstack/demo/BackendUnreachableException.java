package io.codedelivery.devstack.demo;

import java.net.URI;

/** Nothing answers at the backend's URL: the stack is not running (or runs on another port). */
public final class BackendUnreachableException extends RuntimeException {

    BackendUnreachableException(URI backend, Exception cause) {
        super("no backend answers at " + backend + " (" + cause.getClass().getSimpleName() + ")", cause);
    }
}
