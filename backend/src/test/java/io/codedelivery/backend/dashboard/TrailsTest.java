package io.codedelivery.backend.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.backend.dashboard.TrailDocuments.PositionDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrailsTest {

    @Test
    void theLastPositionIsAddedWhenTheFirstPageDidNotReachIt() {
        List<PositionDocument> first = List.of(at(0), at(1), at(2));

        assertThat(Trails.path(first, List.of(at(2999)))).extracting(PositionDocument::seq).containsExactly(0L, 1L, 2L, 2999L);
    }

    @Test
    void theLastPositionIsNotRepeatedWhenTheFirstPageHadIt() {
        List<PositionDocument> first = List.of(at(0), at(1));

        assertThat(Trails.path(first, List.of(at(1)))).extracting(PositionDocument::seq).containsExactly(0L, 1L);
        assertThat(Trails.path(List.of(), List.of())).isEmpty();
    }

    @Test
    void positionsMissingACoordinateAreLeftOutAndPointsAreLongitudeFirst() {
        List<PositionDocument> path = Trails.path(List.of(at(0), new PositionDocument(null, 2.0, 1L)), List.of());

        assertThat(path).hasSize(1);
        assertThat(path.getFirst().lngLat()).containsExactly(-73.0, 40.0);
    }

    private static PositionDocument at(long seq) {
        return new PositionDocument(40.0, -73.0, seq);
    }
}
