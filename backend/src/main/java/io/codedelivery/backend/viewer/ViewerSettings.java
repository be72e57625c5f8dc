package io.codedelivery.backend.viewer;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code allowedOrigins}: origin patterns allowed to open the socket (the page's own origin always is).
 * {@code maxBacklog}: positions a viewer may have queued before it gets the latest per delivery instead.
 * {@code sendTimeout}: how long one frame may take to a stalled socket before it is closed (the
 * browser reconnects and resyncs). {@code keepaliveInterval}: a keepalive goes out after this long
 * with nothing sent.
 */
@ConfigurationProperties("codedelivery.viewer")
record ViewerSettings(List<String> allowedOrigins, int maxBacklog, Duration sendTimeout, Duration keepaliveInterval) {
}
