package io.codedelivery.simulator.streams;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Whether the broker answers within a bound; Kafka Streams alone keeps saying RUNNING while it is gone. */
@Component("kafka")
class BrokerHealthIndicator implements HealthIndicator, DisposableBean {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

    private final Admin admin;

    BrokerHealthIndicator(SimulatorProperties properties) {
        this.admin = Admin.create(StreamsProperties.forAdmin(properties.kafka()));
    }

    @Override
    public Health health() {
        try {
            int nodes = admin.describeCluster().nodes().get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS).size();
            return Health.up().withDetail("brokers", nodes).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        } catch (Exception e) {
            return Health.down().withDetail("reason", "the broker did not answer within " + ANSWER_WITHIN.toMillis() + " ms")
                    .build();
        }
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(2));
    }
}
