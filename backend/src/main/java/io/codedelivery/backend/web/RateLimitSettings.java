package io.codedelivery.backend.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code startsPerMinute}/{@code startBurst}: deliveries one client may start ({@code POST
 * /api/deliveries}, keyed by the client's address). {@code deviceReportsPerSecond}/{@code deviceBurst}:
 * reports one device may send (the device API and the OsmAnd protocol, keyed by its token).
 * {@code signInsPerMinute}/{@code signInBurst}: sign-in attempts from one client address, against
 * guessing passwords. A rate of 0 turns that limit off. Each replica counts on its own.
 */
@ConfigurationProperties("codedelivery.rate-limit")
record RateLimitSettings(@DefaultValue("300") double startsPerMinute, @DefaultValue("60") int startBurst,
        @DefaultValue("10") double deviceReportsPerSecond, @DefaultValue("50") int deviceBurst,
        @DefaultValue("10") double signInsPerMinute, @DefaultValue("10") int signInBurst) {
}
