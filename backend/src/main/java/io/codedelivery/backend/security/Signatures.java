package io.codedelivery.backend.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 over a purpose and a text, so that a signature made for one use is worth nothing in another. */
final class Signatures {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    private Signatures(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    static Signatures withKey(String key) {
        return new Signatures(key.getBytes(StandardCharsets.UTF_8));
    }

    /** A key of this process alone: what it signs no other replica, and no later start, accepts. */
    static Signatures random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new Signatures(key);
    }

    String sign(String purpose, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return ENCODER.encodeToString(mac.doFinal((purpose + "\n" + text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }

    boolean verify(String purpose, String text, String signature) {
        return MessageDigest.isEqual(sign(purpose, text).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
