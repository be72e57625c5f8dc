package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpArgumentsTest {

    @Test
    void theJarsComeFirstThenTheReplicaFlags() {
        UpArguments up = UpArguments.parse(List.of("backend.jar", "simulator.jar", "sink.jar", "--backends", "2"));
        assertThat(up).isEqualTo(new UpArguments(Path.of("backend.jar"), Path.of("simulator.jar"), Path.of("sink.jar"),
                new Replicas(2, 1)));
        assertThat(UpArguments.parse(List.of("backend.jar", "simulator.jar", "--simulators=3")))
                .isEqualTo(new UpArguments(Path.of("backend.jar"), Path.of("simulator.jar"), null, new Replicas(1, 3)));
    }

    @Test
    void tooFewOrTooManyJarsIsAnsweredWithTheUsage() {
        assertThatThrownBy(() -> UpArguments.parse(List.of("backend.jar", "--backends", "2")))
                .hasMessage(UpArguments.USAGE);
        assertThatThrownBy(() -> UpArguments.parse(List.of("a.jar", "b.jar", "c.jar", "d.jar")))
                .hasMessage(UpArguments.USAGE);
    }
}
