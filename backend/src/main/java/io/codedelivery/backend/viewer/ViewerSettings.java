package io.codedelivery.backend.viewer;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code allowedOrigins}: origin patterns allowed to open the socket (the page's own origin always is).
 * {@code senderThreads}: threads writing frames to sockets. {@code maxQueuedBatches}: how far a
 * viewer may fall behind before it is resynchronised with a snapshot.
 */
@ConfigurationProperties("codedelivery.viewer")
record ViewerSettings(List<String> allowedOrigins, int senderThreads, int maxQueuedBatches) {
}
