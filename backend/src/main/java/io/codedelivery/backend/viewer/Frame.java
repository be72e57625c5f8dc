package io.codedelivery.backend.viewer;

import java.util.List;

/** The frames of the viewer protocol (version {@value #VERSION}); {@link FrameEncoder} writes them. */
sealed interface Frame {

    int VERSION = 1;

    record Snapshot(Scope scope, RowChunk positions) implements Frame {
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
