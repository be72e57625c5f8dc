package io.codedelivery.backend.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.backend.tracking.LiveFleet;
import io.codedelivery.contracts.GoldenSamples;
import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Consumer side of the contract: the golden position is read and reaches a viewer with every field intact. */
class GoldenPositionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theGoldenPositionReachesAViewerUnchanged() {
        ViewerTest.SteppedExecutor sender = new ViewerTest.SteppedExecutor();
        ViewerTest.RecordingSocket socket = new ViewerTest.RecordingSocket();
        LiveFleet fleet = new LiveFleet();
        fleet.subscribe(new Viewer(socket, sender, fleet, 10));
        fleet.apply(List.of(JsonCodec.decode(GoldenSamples.positionReported(), PositionReported.class)));
        sender.runAll();

        assertThat(JSON.readTree(socket.frames.get(1)).get("positions").get(0))
                .isEqualTo(JSON.readTree(GoldenSamples.positionReported()));
    }
}
