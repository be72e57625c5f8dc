package io.codedelivery.backend.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignedTextTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final Signatures KEY = Signatures.withKey("k".repeat(32));

    @Test
    void readsBackWhatItSignedUntilItExpires() {
        String text = new SignedText("d-1", NOW.plusSeconds(60)).encode(KEY, "tracking");

        assertThat(SignedText.decode(text, KEY, "tracking", NOW)).contains(new SignedText("d-1", NOW.plusSeconds(60)));
        assertThat(SignedText.decode(text, KEY, "tracking", NOW.plusSeconds(60))).isEmpty();
    }

    @Test
    void refusesAnotherPurposeAnotherKeyAndAnyChange() {
        String text = new SignedText("d-1", NOW.plusSeconds(60)).encode(KEY, "tracking");
        String longer = text.replace("." + NOW.plusSeconds(60).getEpochSecond() + ".",
                "." + NOW.plusSeconds(6000).getEpochSecond() + ".");

        assertThat(SignedText.decode(text, KEY, "session", NOW)).isEmpty();
        assertThat(SignedText.decode(text, Signatures.withKey("x".repeat(32)), "tracking", NOW)).isEmpty();
        assertThat(SignedText.decode(longer, KEY, "tracking", NOW)).isEmpty();
        assertThat(SignedText.decode("no-dots", KEY, "tracking", NOW)).isEmpty();
        assertThat(SignedText.decode("a.b.c", KEY, "tracking", NOW)).isEmpty();
        assertThat(SignedText.decode(null, KEY, "tracking", NOW)).isEmpty();
    }
}
