package io.codedelivery.backend.audit;

import io.codedelivery.backend.ReplicaName;
import io.codedelivery.backend.messaging.EventPublisher;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    /** Events waiting for the sender thread; beyond it, an event is logged instead of queued. */
    private static final int QUEUE_CAPACITY = 10_000;

    /** One sender thread: {@code EventPublisher.send} may wait for the topic's metadata, requests never do. */
    @Bean(destroyMethod = "close")
    AuditTrail auditTrail(EventPublisher publisher, Clock clock,
            @Value("${codedelivery.viewer.replica:}") String replica) {
        ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), Thread.ofPlatform().name("audit-sender").daemon().factory());
        return new AuditTrail(publisher, ReplicaName.of(replica), clock, sender);
    }
}
