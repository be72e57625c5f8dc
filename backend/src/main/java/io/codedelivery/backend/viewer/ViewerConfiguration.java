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

@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class ViewerConfiguration implements WebSocketConfigurer {

    private final ViewerSettings settings;
    private final ViewerSocketHandler handler;

    ViewerConfiguration(ViewerSettings settings, Subscriptions subscriptions, ViewerSessions sessions,
            MeterRegistry meters) {
        this.settings = settings;
        ViewerMetrics metrics = new ViewerMetrics(meters);
        this.handler = new ViewerSocketHandler(subscriptions, settings, metrics, sessions);
        metrics.watch(subscriptions, handler::viewers);
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
