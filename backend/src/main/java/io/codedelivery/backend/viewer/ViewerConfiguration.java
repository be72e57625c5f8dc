package io.codedelivery.backend.viewer;

import io.codedelivery.backend.tracking.LiveFleet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class ViewerConfiguration implements WebSocketConfigurer {

    private final ViewerSettings settings;
    private final ViewerSocketHandler handler;

    ViewerConfiguration(ViewerSettings settings, LiveFleet fleet, Viewers viewers) {
        this.settings = settings;
        this.handler = new ViewerSocketHandler(fleet, viewers, senders(settings.senderThreads()), settings);
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws").setAllowedOriginPatterns(settings.allowedOrigins().toArray(String[]::new));
    }

    private static ExecutorService senders(int threads) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "viewer-send-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
