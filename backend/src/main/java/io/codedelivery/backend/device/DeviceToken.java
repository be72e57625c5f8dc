package io.codedelivery.backend.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A device's key to report positions for one delivery: 32 random bytes in URL-safe base64 (43
 * characters). Only its SHA-256 is stored, so a database dump reports for no one; it is never
 * logged ({@link #toString()} hides it).
 */
public final class DeviceToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final String value;

    private DeviceToken(String value) {
        this.value = value;
    }

    static DeviceToken issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new DeviceToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token a client sent, if it has a token's shape; anything else can match no delivery. */
    static Optional<DeviceToken> parse(String text) {
        return text != null && SHAPE.matcher(text).matches() ? Optional.of(new DeviceToken(text)) : Optional.empty();
    }

    public String value() {
        return value;
    }

    String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "DeviceToken[hidden]";
    }
}
