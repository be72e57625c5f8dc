package io.codedelivery.backend.viewer;

import io.codedelivery.backend.tracking.TrailPoints;
import java.util.List;
import java.util.Map;

/** The frames of the viewer protocol (version {@value #VERSION}); {@link FrameEncoder} writes them. */
sealed interface Frame {

    int VERSION = 1;

    /** {@code trails}: by delivery id, the path each drove so far, ending at its row's position. */
    record Snapshot(Scope scope, RowChunk positions, Map<String, TrailPoints> trails) implements Frame {

        Snapshot(Scope scope, RowChunk positions) {
            this(scope, positions, Map.of());
        }
    }

    /** {@code coalesced}: older positions left out because the viewer fell behind. */
    record Positions(List<RowChunk> chunks, int coalesced) implements Frame {

        int size() {
            return chunks.stream().mapToInt(RowChunk::size).sum();
        }
    }

    record Removed(List<ViewerRemoval> deliveries) implements Frame {
    }

    record Keepalive() implements Frame {
    }

    record Error(String reason) implements Frame {
    }
}
