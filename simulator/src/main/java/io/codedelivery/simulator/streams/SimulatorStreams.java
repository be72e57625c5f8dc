package io.codedelivery.simulator.streams;

import io.codedelivery.simulator.driving.DrivingMetrics;
import io.codedelivery.simulator.driving.DrivingSettings;
import io.codedelivery.simulator.driving.SimulatorTopology;
import io.codedelivery.topics.TopicBootstrap;
import io.codedelivery.topics.TopicLayout;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
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

    private final SimulatorProperties properties;
    private final MeterRegistry registry;
    private final DrivingMetrics drivingMetrics;
    private final StreamThreadFailures failures;
    private volatile KafkaStreams streams;
    private volatile KafkaStreamsMetrics streamsMetrics;

    SimulatorStreams(SimulatorProperties properties, MeterRegistry registry, DrivingMetrics drivingMetrics,
            StreamThreadFailures failures) {
        this.properties = properties;
        this.registry = registry;
        this.drivingMetrics = drivingMetrics;
        this.failures = failures;
    }

    @Override
    public void start() {
        SimulatorProperties.Kafka kafka = properties.kafka();
        DrivingSettings driving = properties.driving();
        createTopics(kafka);
        KafkaStreams created = new KafkaStreams(SimulatorTopology.build(driving, drivingMetrics),
                StreamsProperties.forStreams(kafka, driving.slotInterval()));
        created.setUncaughtExceptionHandler(error -> {
            failures.failed(error);
            log.error("A stream thread failed; replacing it", error);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        created.start();
        streamsMetrics = new KafkaStreamsMetrics(created);
        streamsMetrics.bindTo(registry);
        streams = created;
        log.info("Simulator started: application {} on {}, a step every {} in {} slots at {} m/s",
                kafka.applicationId(), kafka.bootstrapServers(), driving.tick(), driving.tickSlots(),
                driving.speedMps());
    }

    private static void createTopics(SimulatorProperties.Kafka kafka) {
        TopicBootstrap.ensureTopics(StreamsProperties.forTopicAdmin(kafka),
                new TopicLayout(kafka.topicPartitions(), kafka.replicationFactor()), kafka.adminTimeout());
    }

    @Override
    public void stop() {
        KafkaStreams running = streams;
        if (running == null) {
            return;
        }
        // leaving the group hands this instance's deliveries over at once, instead of after its session expires
        boolean closed = running.close(new KafkaStreams.CloseOptions()
                .timeout(properties.kafka().closeTimeout()).leaveGroup(true));
        streams = null;
        streamsMetrics.close();
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
