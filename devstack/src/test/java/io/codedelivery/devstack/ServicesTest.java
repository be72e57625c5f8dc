package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServicesTest {

    @TempDir
    Path home;

    private Services services(Replicas replicas) {
        StackSettings settings = StackSettings.fromEnvironment(Map.of("CODEDELIVERY_HOME", home.toString()), null, null);
        Progress progress = new Progress(line -> { });
        Supervisor supervisor = new Supervisor(progress, new LeftoverProcesses(home.resolve("pids")),
                Backoff.Policy.DEFAULT, InstantSource.system());
        return new Services(settings, replicas, progress, supervisor, new ArrayDeque<>(), Duration.ofSeconds(1));
    }

    @Test
    void eachReplicaIsNamedInItsLogLinesAndEachSimulatorKeepsItsStateApart() {
        Services services = services(new Replicas(2, 2));
        Map<String, String> shared = Map.of("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");

        assertThat(services.environment(ServiceReplica.numbered("simulator", 2, 8091), shared))
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
                .containsEntry("LOGGING_STRUCTURED_ECS_SERVICE_NODE_NAME", "simulator-2")
                .containsEntry("SIMULATOR_STATE_DIR", home.resolve("simulator-state").resolve("simulator-2").toString());
        assertThat(services.environment(ServiceReplica.numbered("backend", 1, 8090), shared))
                .containsEntry("LOGGING_STRUCTURED_ECS_SERVICE_NODE_NAME", "backend-1")
                .doesNotContainKey("SIMULATOR_STATE_DIR");
    }

    @Test
    void aBackendBehindTheProxyLetsPagesOfTheProxysAddressOpenItsSocket() {
        Services services = services(new Replicas(2, 1));

        assertThat(services.environment(ServiceReplica.numbered("backend", 1, 8090), Map.of()))
                .containsEntry("VIEWER_ALLOWED_ORIGINS",
                        "http://localhost:5173,http://127.0.0.1:5173,http://localhost:8080,http://127.0.0.1:8080");
        assertThat(services.environment(ServiceReplica.numbered("backend", 2, 8100),
                Map.of("VIEWER_ALLOWED_ORIGINS", "https://track.example.com")))
                .containsEntry("VIEWER_ALLOWED_ORIGINS",
                        "https://track.example.com,http://localhost:8080,http://127.0.0.1:8080");
        assertThat(services(new Replicas(1, 1)).environment(ServiceReplica.numbered("backend", 1, 8080), Map.of()))
                .as("one backend is the address itself").doesNotContainKey("VIEWER_ALLOWED_ORIGINS");
    }

    @Test
    void everyReplicasOutputIsShippedUnderItsServiceAndItsOwnName() {
        assertThat(services(new Replicas(2, 1)).outputs()).containsExactly(
                new LogShipper.Output("backend", "backend-1", home.resolve("logs").resolve("backend-1.out")),
                new LogShipper.Output("backend", "backend-2", home.resolve("logs").resolve("backend-2.out")),
                new LogShipper.Output("simulator", "simulator", home.resolve("logs").resolve("simulator.out")));
    }
}
