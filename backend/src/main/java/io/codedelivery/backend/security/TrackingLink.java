package io.codedelivery.backend.security;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A customer's tracking link: open {@code path} on the web app's address; it works until {@code expiresAt}. */
@Schema(name = "TrackingLink")
public record TrackingLink(String path, String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "TrackingLink[hidden, expiresAt=" + expiresAt + "]";
    }
}
