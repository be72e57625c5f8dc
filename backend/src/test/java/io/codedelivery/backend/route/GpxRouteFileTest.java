package io.codedelivery.backend.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.codedelivery.contracts.GeoPoint;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GpxRouteFileTest {

    private static final RouteSettings LIMITS = new RouteSettings(6, 100, 100_000);

    @Test
    void aPhoneTrackerTrackGivesItsPointsInOrderAndTheTracksName() {
        RouteDraft draft = GpxRouteFile.read(RouteFileSamples.bytes("phone-track.gpx"), new RouteSettings(10, 100, 100_000));

        assertThat(draft.title()).isEqualTo("Hudson River Greenway, Chelsea to Battery Park");
        assertThat(draft.path()).hasSize(8)
                .startsWith(new GeoPoint(40.748817, -74.007811))
                .endsWith(new GeoPoint(40.705470, -74.017201));
    }

    @Test
    void everySegmentOfTheFirstTrackIsJoinedAndWithoutATrackNameTheFilesNameIsTheTitle() {
        RouteDraft draft = GpxRouteFile.read(RouteFileSamples.bytes("several-segments.gpx"), LIMITS);

        assertThat(draft.title()).isEqualTo("Broadway walk, paused at Union Square");
        assertThat(draft.path()).containsExactly(new GeoPoint(40.7412, -73.9897), new GeoPoint(40.7384, -73.9902),
                new GeoPoint(40.7359, -73.9906), new GeoPoint(40.7339, -73.9911), new GeoPoint(40.7306, -73.9925));
    }

    @Test
    void withoutATrackTheFirstRouteIsTaken() {
        RouteDraft draft = GpxRouteFile.read(RouteFileSamples.bytes("planned-route.gpx"), LIMITS);

        assertThat(draft.title()).isEqualTo("Times Square to Columbus Circle");
        assertThat(draft.path()).hasSize(4).startsWith(new GeoPoint(40.7580, -73.9855));
    }

    @Test
    void aFileWithNeitherTrackNorRouteIsRefused() {
        refused(RouteFileSamples.bytes("no-track.gpx"),
                "the GPX file holds no track (trk) and no route (rte): nothing to make a route of");
    }

    @Test
    void aTrackOfOnePointOrOverTheLimitIsRefusedWithItsCount() {
        refused(gpx("<trk><trkseg><trkpt lat=\"40.7\" lon=\"-73.9\"/></trkseg><trkseg/></trk>"),
                "the GPX track must hold at least 2 points, had 1");
        refused(gpx("<trk><trkseg>" + "<trkpt lat=\"40.7\" lon=\"-73.9\"/>".repeat(7) + "</trkseg></trk>"),
                "the GPX track must hold at most 6 points, had 7");
        refused(gpx("<trk><name>Empty</name></trk>"), "the GPX track must hold at least 2 points, had 0");
    }

    @Test
    void aFileWithoutAnyNameGivesNoTitle() {
        RouteDraft draft = GpxRouteFile.read(gpx("<rte><rtept lat=\"40.7\" lon=\"-73.9\"/><rtept lat=\"40.8\" "
                + "lon=\"-73.9\"/></rte>"), LIMITS);

        assertThat(draft.title()).isNull();
    }

    @Test
    void aPointOffTheGlobeIsRefused() {
        assertThatThrownBy(() -> GpxRouteFile.read(gpx("<trk><trkseg><trkpt lat=\"40.7\" lon=\"-73.9\"/>"
                + "<trkpt lat=\"95.5\" lon=\"-73.9\"/></trkseg></trk>"), LIMITS))
                .isInstanceOf(InvalidRouteException.class)
                .hasMessage("the file is not valid GPX: Invalid value for 'lat': 95.500000 is not in range [-90, 90].");
    }

    @Test
    void malformedXmlIsRefusedSayingWhere() {
        assertThatThrownBy(() -> GpxRouteFile.read(
                "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"x\">\n<trk><trkseg></trk>\n</gpx>"
                        .getBytes(StandardCharsets.UTF_8), LIMITS))
                .isInstanceOf(InvalidRouteException.class)
                .hasMessageStartingWith("the file is not valid GPX: ")
                .hasMessageContaining("(line 3, column");
        assertThatThrownBy(() -> GpxRouteFile.read("{\"type\":\"LineString\"}".getBytes(StandardCharsets.UTF_8), LIMITS))
                .isInstanceOf(InvalidRouteException.class)
                .hasMessageStartingWith("the file is not valid GPX: ");
    }

    @Test
    void anExternalEntityIsNeverReadTheFileIsRefused() {
        assertThatThrownBy(() -> GpxRouteFile.read(RouteFileSamples.bytes("external-entity.gpx"), LIMITS))
                .isInstanceOf(InvalidRouteException.class)
                .hasMessageStartingWith("the file is not valid GPX: ")
                .hasMessageContaining("DOCTYPE is not allowed")
                .hasMessageNotContaining(hostname());
    }

    @Test
    void nestedEntitiesAreNeverExpanded() {
        assertThatThrownBy(() -> GpxRouteFile.read(RouteFileSamples.bytes("entity-expansion.gpx"), LIMITS))
                .isInstanceOf(InvalidRouteException.class)
                .hasMessage("the file is not valid GPX: a DOCTYPE is not allowed (GPX files have none; entities are "
                        + "never read)");
    }

    private static String hostname() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).strip();
        } catch (java.io.IOException e) {
            return "no hostname file";
        }
    }

    private static byte[] gpx(String content) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><gpx version=\"1.1\" creator=\"test\" "
                + "xmlns=\"http://www.topografix.com/GPX/1/1\">" + content + "</gpx>").getBytes(StandardCharsets.UTF_8);
    }

    private static void refused(byte[] file, String reason) {
        assertThatThrownBy(() -> GpxRouteFile.read(file, LIMITS)).isInstanceOf(InvalidRouteException.class)
                .hasMessage(reason);
    }
}
