package io.codedelivery.backend.viewer;

import io.codedelivery.backend.messaging.EventPublisher;
import io.codedelivery.backend.tracking.LiveFleet;
import io.codedelivery.contracts.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class ViewerConfiguration implements WebSocketConfigurer {

    /** Viewers send no binary messages; Tomcat still needs a buffer to read (and refuse) one. */
    private static final int MAX_BINARY_MESSAGE = 256;

    private final ViewerSettings settings;
    private final ViewerSocketHandler handler;

    ViewerConfiguration(ViewerSettings settings, Subscriptions subscriptions, ViewerSessions sessions,
            ViewerSenders senders, MeterRegistry meters) {
        this.settings = settings;
        ViewerMetrics metrics = new ViewerMetrics(meters);
        this.handler = new ViewerSocketHandler(subscriptions, settings, metrics, sessions, senders);
        metrics.watch(subscriptions, handler::viewers);
    }

    /**
     * Tomcat gives every socket a text and a binary buffer for incoming messages, 8 K each by default.
     * Viewers send only short text messages and no binary ones, so smaller buffers take a quarter off
     * each socket's memory; a longer message closes the socket with 1009 (too big).
     */
    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(ScopeParser.MAX_MESSAGE_LENGTH);
        container.setMaxBinaryMessageBufferSize(MAX_BINARY_MESSAGE);
        return container;
    }

    @Bean
    ViewersGoAway viewersGoAway() {
        return new ViewersGoAway(handler::closeAll);
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // the origin is judged by OriginCheck alone; Spring's own check would trust the Host header
        registry.addHandler(handler, "/ws").addInterceptors(new OriginCheck(settings.allowedOrigins()), new ScopeHandshake())
                .setAllowedOriginPatterns("*");
    }

    @Configuration(proxyBeanMethods = false)
    static class SubscriptionsConfiguration {

        @Bean
        Subscriptions subscriptions(LiveFleet fleet, ViewerSettings settings) {
            return new Subscriptions(fleet, settings.snapshotTrailPoints());
        }

        @Bean(initMethod = "start", destroyMethod = "close")
        ViewerSenders viewerSenders(ViewerSettings settings) {
            return new ViewerSenders(Math.max(2, Runtime.getRuntime().availableProcessors()), settings.sweepInterval());
        }

        @Bean(initMethod = "start", destroyMethod = "close")
        ViewerSessions viewerSessions(ViewerSettings settings, EventPublisher publisher, Clock clock,
                MeterRegistry meters) {
            Counter failed = Counter.builder("codedelivery.viewer.sessions.failed")
                    .description("viewer session events the broker did not take").register(meters);
            ViewerSessions sessions = new ViewerSessions(settings.replicaName(), settings.sessionHeartbeat(), clock,
                    event -> publisher.send(Topics.VIEWER_SESSIONS, event, failure -> failed.increment()));
            Gauge.builder("codedelivery.viewer.sessions.dropped", sessions, ViewerSessions::dropped)
                    .description("viewer session events dropped because the queue was full").register(meters);
            Gauge.builder("codedelivery.viewer.sessions.open", sessions, ViewerSessions::open).register(meters);
            return sessions;
        }
    }
}
