package io.codedelivery.backend.viewer;

import io.codedelivery.backend.tracking.LiveFleet;
import io.micrometer.core.instrument.MeterRegistry;
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

    ViewerConfiguration(ViewerSettings settings, Subscriptions subscriptions, MeterRegistry meters) {
        this.settings = settings;
        ViewerMetrics metrics = new ViewerMetrics(meters);
        this.handler = new ViewerSocketHandler(subscriptions, settings, metrics);
        metrics.watch(subscriptions, handler::viewers);
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws").addInterceptors(new ScopeHandshake())
                .setAllowedOriginPatterns(settings.allowedOrigins().toArray(String[]::new));
    }

    @Configuration(proxyBeanMethods = false)
    static class SubscriptionsConfiguration {

        @Bean
        Subscriptions subscriptions(LiveFleet fleet) {
            return new Subscriptions(fleet);
        }
    }
}
