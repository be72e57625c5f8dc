package io.codedelivery.simulator.streams;

import io.codedelivery.simulator.driving.SimulatorTopology;
import io.codedelivery.simulator.topics.TopicBootstrap;
import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the topology for as long as the application context lives: creates the topics, starts
 * Kafka Streams, and closes it with a bound when the context closes.
 */
@Component
class SimulatorStreams implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(SimulatorStreams.class);

    private static final Duration ADMIN_CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final SimulatorProperties properties;
    private volatile KafkaStreams streams;

    SimulatorStreams(SimulatorProperties properties) {
        this.properties = properties;
    }

    @Override
    public void start() {
        SimulatorProperties.Kafka kafka = properties.kafka();
        createTopics(kafka);
        KafkaStreams created = new KafkaStreams(
                SimulatorTopology.build(properties.driving()), StreamsProperties.forStreams(kafka));
        created.setUncaughtExceptionHandler(error -> {
            log.error("A stream thread failed; replacing it", error);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        created.start();
        streams = created;
        log.info("Simulator started: application {} on {}, a step every {} at {} m/s",
                kafka.applicationId(), kafka.bootstrapServers(), properties.tick(), properties.speedMps());
    }

    private static void createTopics(SimulatorProperties.Kafka kafka) {
        Admin admin = Admin.create(StreamsProperties.forAdmin(kafka));
        try {
            new TopicBootstrap(admin, kafka.adminTimeout())
                    .ensureTopics(kafka.topicPartitions(), kafka.replicationFactor());
        } finally {
            admin.close(ADMIN_CLOSE_TIMEOUT);
        }
    }

    @Override
    public void stop() {
        KafkaStreams running = streams;
        if (running == null) {
            return;
        }
        boolean closed = running.close(properties.kafka().closeTimeout());
        streams = null;
        if (closed) {
            log.info("Simulator stopped");
        } else {
            log.warn("Kafka Streams did not close within {}", properties.kafka().closeTimeout());
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    KafkaStreams.State state() {
        KafkaStreams running = streams;
        return running == null ? KafkaStreams.State.NOT_RUNNING : running.state();
    }
}
