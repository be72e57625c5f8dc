package io.codedelivery.backend.delivery;

import java.util.Optional;

/**
 * The {@code Idempotency-Key} header of a delivery request: 1 to 255 visible ASCII characters
 * (a UUID is the usual choice), so a client may retry a request without starting a second delivery.
 */
record IdempotencyKey(String value) {

    static final int MAX_LENGTH = 255;

    IdempotencyKey {
        if (value.isEmpty() || value.length() > MAX_LENGTH || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidIdempotencyKeyException(
                    "Idempotency-Key must be 1 to " + MAX_LENGTH + " visible ASCII characters");
        }
    }

    static Optional<IdempotencyKey> of(String header) {
        return header == null ? Optional.empty() : Optional.of(new IdempotencyKey(header));
    }
}
