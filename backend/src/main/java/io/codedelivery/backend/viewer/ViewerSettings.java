package io.codedelivery.backend.viewer;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code allowedOrigins}: origin patterns allowed to open the socket (the page's own origin always is).
 * {@code senderThreads}: threads writing frames to sockets. {@code maxQueuedBatches}: how far a
 * viewer may fall behind before it is resynchronised with a snapshot. {@code sendTimeout}: how long
 * one frame may take to a stalled socket before the viewer is dropped (it reconnects and resyncs).
 */
@ConfigurationProperties("codedelivery.viewer")
record ViewerSettings(List<String> allowedOrigins, int senderThreads, int maxQueuedBatches, Duration sendTimeout) {
}
