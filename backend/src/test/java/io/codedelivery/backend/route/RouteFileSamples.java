package io.codedelivery.backend.route;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample files under {@code src/test/resources/routes/}. */
final class RouteFileSamples {

    private RouteFileSamples() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = RouteFileSamples.class.getResourceAsStream("/routes/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
