package io.codedelivery.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The golden JSON samples of each event, as published. Producers' tests check that they write the
 * same shape; consumers' tests check that they read it.
 */
public final class GoldenSamples {

    private GoldenSamples() {
    }

    public static byte[] deliveryRequested() {
        return read("delivery-requested.json");
    }

    public static byte[] positionReported() {
        return read("position-reported.json");
    }

    public static byte[] deliveryStatusChanged() {
        return read("delivery-status-changed.json");
    }

    public static byte[] viewerSessionChanged() {
        return read("viewer-session-changed.json");
    }

    public static byte[] auditEvent() {
        return read("audit-event.json");
    }

    private static byte[] read(String name) {
        try (InputStream in = GoldenSamples.class.getResourceAsStream("golden/" + name)) {
            if (in == null) {
                throw new IllegalStateException("golden sample missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
