package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicasTest {

    @Test
    void withoutFlagsUpRunsOneOfEachUnderTheServicesOwnNamesAndPorts() {
        Replicas one = Replicas.parse(List.of());
        assertThat(one).isEqualTo(new Replicas(1, 1));
        assertThat(one.all(8080, 8081)).containsExactly(
                new ServiceReplica("backend", "backend", 8080, "backend"),
                new ServiceReplica("simulator", "simulator", 8081, "simulator"));
        assertThat(one.proxied()).isFalse();
        assertThat(one.describe(8080, 8081)).isEmpty();
    }

    @Test
    void severalBackendsAreNumberedBehindTheProxyOnHttpPortPlusTenEach() {
        assertThat(new Replicas(3, 1).backends(8080)).containsExactly(
                new ServiceReplica("backend", "backend-1", 8090, "backend"),
                new ServiceReplica("backend", "backend-2", 8100, "backend-2"),
                new ServiceReplica("backend", "backend-3", 8110, "backend-3"));
        assertThat(new Replicas(3, 1).proxied()).isTrue();
    }

    @Test
    void severalSimulatorsAreNumberedFromSimulatorPortOnTenApart() {
        assertThat(new Replicas(1, 3).simulators(8081)).extracting(ServiceReplica::name, ServiceReplica::port)
                .containsExactly(tuple("simulator-1", 8081), tuple("simulator-2", 8091), tuple("simulator-3", 8101));
    }

    @Test
    void theReadyLineListsEveryReplicaWithItsPort() {
        assertThat(new Replicas(2, 2).describe(8080, 8081)).isEqualTo(
                " (failover proxy over backend-1 :8090, backend-2 :8100; simulators simulator-1 :8081, simulator-2 :8091)");
        assertThat(new Replicas(1, 2).describe(8080, 8081)).isEqualTo(" (simulators simulator-1 :8081, simulator-2 :8091)");
    }

    @Test
    void flagsComeWithTheirValueApartOrAfterAnEqualsSign() {
        assertThat(Replicas.parse(List.of("--backends", "3", "--simulators=2"))).isEqualTo(new Replicas(3, 2));
        assertThat(Replicas.parse(List.of("--simulators", "9"))).isEqualTo(new Replicas(1, 9));
    }

    @Test
    void aCountOutsideOneToNineOrAnUnknownFlagIsRejectedInOneLine() {
        assertThatThrownBy(() -> Replicas.parse(List.of("--backends", "0")))
                .hasMessage("--backends takes a number from 1 to 9, was '0'");
        assertThatThrownBy(() -> Replicas.parse(List.of("--simulators=10")))
                .hasMessage("--simulators takes a number from 1 to 9, was '10'");
        assertThatThrownBy(() -> Replicas.parse(List.of("--backends")))
                .hasMessage("--backends takes a number from 1 to 9, was ''");
        assertThatThrownBy(() -> Replicas.parse(List.of("--replicas", "2")))
                .hasMessage("unknown option '--replicas' (up takes --backends N and --simulators M)");
    }

    @Test
    void aReplicaThatWouldListenPastTheLastPortIsRejected() {
        assertThatThrownBy(() -> new Replicas(3, 1).backends(65510))
                .hasMessage("backend-3 would listen on port 65540, past 65535: choose a lower HTTP_PORT");
    }
}
