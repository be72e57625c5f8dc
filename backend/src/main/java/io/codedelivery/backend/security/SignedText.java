package io.codedelivery.backend.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * A subject and an expiry, signed: {@code base64url(subject).epochSeconds.signature}. Session
 * cookies and tracking links are both made of it, each with its own purpose.
 */
record SignedText(String subject, Instant expiresAt) {

    static final int MAX_LENGTH = 1024;

    String encode(Signatures signatures, String purpose) {
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString(subject.getBytes(StandardCharsets.UTF_8))
                + "." + expiresAt.getEpochSecond();
        return body + "." + signatures.sign(purpose, body);
    }

    /** The signed text, if the signature is right and it has not expired at {@code now}. */
    static Optional<SignedText> decode(String text, Signatures signatures, String purpose, Instant now) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int signatureAt = text.lastIndexOf('.');
        int expiryAt = signatureAt < 0 ? -1 : text.lastIndexOf('.', signatureAt - 1);
        if (expiryAt <= 0) {
            return Optional.empty();
        }
        String body = text.substring(0, signatureAt);
        if (!signatures.verify(purpose, body, text.substring(signatureAt + 1))) {
            return Optional.empty();
        }
        try {
            String subject = new String(Base64.getUrlDecoder().decode(text.substring(0, expiryAt)), StandardCharsets.UTF_8);
            Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(text.substring(expiryAt + 1, signatureAt)));
            return expiresAt.isAfter(now) ? Optional.of(new SignedText(subject, expiresAt)) : Optional.empty();
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
