package io.codedelivery.backend.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.codedelivery.backend.messaging.EventPublisher;
import io.codedelivery.backend.route.RouteCatalogue;
import io.codedelivery.contracts.Events;
import io.codedelivery.contracts.GeoPoint;
import io.codedelivery.contracts.PositionReported;
import io.codedelivery.contracts.Topics;
import io.codedelivery.devstack.MongoWireServer;
import io.codedelivery.devstack.Ports;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A device's reports against the wire server, with the positions they publish. */
class DevicePositionsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T14:00:00Z");
    private static final GeoPoint START = new GeoPoint(40.73, -73.99);
    private static final GeoPoint END = new GeoPoint(40.70, -74.01);

    private MongoWireServer mongo;
    private MongoClient client;
    private MockProducer<String, byte[]> producer;
    private DeviceTrackRepository tracks;
    private DevicePositions positions;
    private DeviceToken token;

    @BeforeEach
    void setUp() {
        mongo = MongoWireServer.startInMemory(Ports.free());
        client = MongoClients.create(mongo.connectionString("test"));
        MongoDatabase database = client.getDatabase("test");
        database.getCollection("routes").insertOne(new Document("_id", "broadway").append("title", "Broadway")
                .append("geometry", new Document("type", "LineString").append("coordinates",
                        List.of(List.of(START.lng(), START.lat()), List.of(END.lng(), END.lat())))));
        database.getCollection("deliveries").insertOne(new Document("_id", "d-1").append("routeId", "broadway")
                .append("routeTitle", "Broadway").append("distanceMeters", 3900.0).append("status", "requested")
                .append("driver", "device"));
        producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        tracks = new DeviceTrackRepository(database);
        positions = new DevicePositions(tracks, new RouteCatalogue(database), new EventPublisher(producer, 1000),
                new DeviceSettings(150, 500, Duration.ofSeconds(30)), Clock.fixed(NOW, ZoneOffset.UTC));
        token = DeviceToken.parse(new DeviceLinks(tracks).issue("d-1").orElseThrow().token()).orElseThrow();
    }

    @AfterEach
    void tearDown() {
        client.close();
        mongo.close();
    }

    @Test
    void positionsArePublishedInOrderKeyedByDeliveryAndOnesAlreadyTakenAreDropped() {
        DevicePositions.Report first = positions.report(track(), fixes(0, 4));
        DevicePositions.Report again = positions.report(track(), fixes(2, 6));

        assertThat(first).isEqualTo(new DevicePositions.Report(4, "in_transit"));
        assertThat(again).isEqualTo(new DevicePositions.Report(6, "in_transit"));
        assertThat(published()).extracting(PositionReported::seq).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(producer.history()).allSatisfy(record -> assertThat(record.key()).isEqualTo("d-1"));
        assertThat(published().getFirst()).isEqualTo(new PositionReported("d-1", "broadway", 0, START.lat(),
                START.lng(), false, NOW.minusSeconds(60)));
        assertThat(positions.report(track(), fixes(0, 6))).isEqualTo(new DevicePositions.Report(6, "in_transit"));
        assertThat(producer.history()).hasSize(7);
    }

    @Test
    void aReportThatSkipsSeqsIsRefusedNamingTheSeqExpectedAndPublishesNothing() {
        positions.report(track(), fixes(0, 2));

        assertThatThrownBy(() -> positions.report(track(), fixes(5, 6)))
                .isInstanceOfSatisfying(DeviceExceptions.SeqGap.class, gap -> assertThat(gap.expectedSeq()).isEqualTo(3));
        assertThat(producer.history()).hasSize(3);
    }

    @Test
    void aReportMustBeConsecutiveWithOnlyItsLastFinishedAndNoneInTheFuture() {
        List<DeviceFix> holes = List.of(fix(0, START, false), fix(2, START, false));
        List<DeviceFix> finishedEarly = List.of(fix(0, END, true), fix(1, END, false));
        List<DeviceFix> future = List.of(new DeviceFix(0, START, NOW.plusSeconds(31), false));

        assertThatThrownBy(() -> positions.report(track(), holes)).isInstanceOf(DeviceExceptions.InvalidReport.class)
                .hasMessageContaining("0 is followed by 2");
        assertThatThrownBy(() -> positions.report(track(), finishedEarly))
                .isInstanceOf(DeviceExceptions.InvalidReport.class).hasMessageContaining("only the last");
        assertThatThrownBy(() -> positions.report(track(), future)).isInstanceOf(DeviceExceptions.InvalidReport.class)
                .hasMessageContaining("in the future");
        assertThatThrownBy(() -> positions.report(track(), List.of())).isInstanceOf(DeviceExceptions.InvalidReport.class);
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void aDeliveryEndsOnlyAtItsDestinationAndTakesNothingAfter() {
        positions.report(track(), fixes(0, 1));

        assertThatThrownBy(() -> positions.report(track(), List.of(fix(2, START, true))))
                .isInstanceOf(DeviceExceptions.NotAtDestination.class).hasMessageContaining("from it, more than 150 m");
        DevicePositions.Report arrived = positions.report(track(), List.of(fix(2, END, true)));

        assertThat(arrived).isEqualTo(new DevicePositions.Report(2, "delivered"));
        assertThat(published().getLast().finished()).isTrue();
        assertThat(track().ended()).isTrue();
        assertThat(positions.report(track(), fixes(0, 2)).status()).as("the same again is answered, not refused")
                .isEqualTo("delivered");
        assertThatThrownBy(() -> positions.report(track(), fixes(3, 3)))
                .isInstanceOfSatisfying(DeviceExceptions.DeliveryEnded.class,
                        ended -> assertThat(ended.status()).isEqualTo("delivered"));
    }

    @Test
    void anUnnumberedPositionGetsTheNextSeqARetryIsDroppedAndArrivingEndsTheDelivery() {
        positions.reportUnnumbered(track(), START, NOW.minusSeconds(30));
        positions.reportUnnumbered(track(), START, NOW.minusSeconds(30));
        positions.reportUnnumbered(track(), new GeoPoint(40.72, -74.0), NOW.minusSeconds(20));
        DevicePositions.Report arrived = positions.reportUnnumbered(track(), new GeoPoint(40.7005, -74.0101), NOW);

        assertThat(published()).extracting(PositionReported::seq).containsExactly(0L, 1L, 2L);
        assertThat(published()).extracting(PositionReported::finished).containsExactly(false, false, true);
        assertThat(arrived).isEqualTo(new DevicePositions.Report(2, "delivered"));
    }

    @Test
    void aCancelledDeliverysLastPositionIsWhereItsDeviceLastWas() {
        positions.report(track(), fixes(0, 3));

        positions.reportCancelled("d-1", NOW);
        positions.reportCancelled("d-1", NOW.plusSeconds(5));

        PositionReported last = published().getLast();
        assertThat(published()).hasSize(5);
        assertThat(last).isEqualTo(PositionReported.cancelledAt("d-1", "broadway", 4, fixes(3, 3).getFirst().point(), NOW));
        assertThat(track().ended()).isTrue();
    }

    @Test
    void aCancelledDeliveryWhoseDeviceNeverReportedPublishesNothing() {
        positions.reportCancelled("d-1", NOW);
        positions.reportCancelled("no-such-delivery", NOW);

        assertThat(producer.history()).isEmpty();
    }

    @Test
    void aNewTokenReplacesTheOldOne() {
        DeviceLink second = new DeviceLinks(tracks).issue("d-1").orElseThrow();

        assertThat(tracks.findByToken(token)).isEmpty();
        assertThat(tracks.findByToken(DeviceToken.parse(second.token()).orElseThrow()))
                .hasValueSatisfying(track -> assertThat(track.deliveryId()).isEqualTo("d-1"));
        assertThat(second.driverPath()).isEqualTo("/drive/d-1#token=" + second.token());
        assertThat(new DeviceLinks(tracks).issue("no-such-delivery")).isEmpty();
    }

    private DeviceTrack track() {
        return positions.authorise(token);
    }

    private List<PositionReported> published() {
        return producer.history().stream()
                .map(record -> Events.read(Topics.POSITION_REPORTED, record.key(), record.value())).toList();
    }

    /** Positions from START towards END, one every 10 s, the first 60 s ago. */
    private static List<DeviceFix> fixes(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(seq -> fix(seq,
                new GeoPoint(START.lat() - seq * 0.001, START.lng() - seq * 0.0005), false)).toList();
    }

    private static DeviceFix fix(long seq, GeoPoint point, boolean finished) {
        return new DeviceFix(seq, point, NOW.minusSeconds(60).plusSeconds(10 * seq), finished);
    }
}
