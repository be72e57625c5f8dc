package io.codedelivery.backend.security;

import org.springframework.security.core.AuthenticationException;

/** A tracking link's token that is not genuine, or has expired. */
public final class InvalidTrackingLinkException extends AuthenticationException {

    InvalidTrackingLinkException() {
        super("this tracking link is not valid or has expired: ask the sender for a new one");
    }
}
