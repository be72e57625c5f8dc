package io.codedelivery.connect;

import static io.codedelivery.connect.TestRecords.position;
import static io.codedelivery.connect.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchSinkTaskTest {

    private FakeSearchEngine engine;
    private FakeSinkContext context;
    private SearchSinkTask task;

    @BeforeEach
    void startEngine() throws IOException {
        engine = new FakeSearchEngine();
        context = new FakeSinkContext(true);
    }

    @AfterEach
    void stop() {
        if (task != null) {
            task.stop();
        }
        engine.close();
    }

    private void start(String... keyValues) {
        Map<String, String> props = new HashMap<>(Map.of(
                "connection.url", engine.url(), "topics", TestRecords.POSITIONS,
                "document.id.fields", "deliveryId,seq", "linger.ms", "60000",
                "retry.backoff.ms", "1", "retry.backoff.max.ms", "4"));
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        task = new SearchSinkTask();
        task.initialize(context);
        task.start(props);
    }

    private void flush() {
        task.flush(Map.of());
    }

    private void awaitRequests(int count) {
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(5))
                .until(() -> engine.received().size() >= count);
    }

    private void awaitBufferEmpty() {
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(5)).until(() -> task.buffered() == 0);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void putBuffersAndFlushIndexesEverythingInOneBulkRequest() {
        start();
        task.put(List.of(position(1, 10), position(2, 11), position(3, 12)));
        assertThat(engine.received()).isEmpty();

        flush();

        assertThat(engine.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/_bulk");
            assertThat(request.contentType()).isEqualTo("application/x-ndjson");
            assertThat(request.ids()).containsExactly("d-1-1", "d-1-2", "d-1-3");
        });
        assertThat(task.buffered()).isZero();
    }

    @Test
    void aFullBatchIsSentAtOnceAndTheRestOnFlush() {
        start("batch.size", "2");
        task.put(List.of(position(1, 1), position(2, 2), position(3, 3), position(4, 4), position(5, 5)));

        assertThat(engine.received()).extracting(FakeSearchEngine.Request::ids)
                .containsExactly(List.of("d-1-1", "d-1-2"), List.of("d-1-3", "d-1-4"));
        assertThat(task.buffered()).isEqualTo(1);

        flush();
        assertThat(engine.received()).last().extracting(FakeSearchEngine.Request::ids).isEqualTo(List.of("d-1-5"));
    }

    @Test
    void withNoLingerEachPutSendsWhatItGot() {
        start("linger.ms", "0");
        task.put(List.of(position(1, 1), position(2, 2)));

        assertThat(engine.received()).singleElement().extracting(FakeSearchEngine.Request::ids)
                .isEqualTo(List.of("d-1-1", "d-1-2"));
    }

    @Test
    void aPartialBatchIsSentByTheTimerOnceItHasLingeredWithoutWaitingForACommit() {
        start("linger.ms", "20");
        task.put(List.of(position(1, 1), position(2, 2)));

        awaitRequests(1);

        assertThat(engine.received()).singleElement().extracting(FakeSearchEngine.Request::ids)
                .isEqualTo(List.of("d-1-1", "d-1-2"));
        assertThat(task.buffered()).isZero();
    }

    @Test
    void whatTheEngineRefusesDuringATimedSendIsReportedOnTheTasksThreadAtTheNextFlush() {
        engine.thenItemErrors(Map.of(0, FakeSearchEngine.mapperParsingError()));
        start("linger.ms", "10", "behavior.on.malformed.documents", "warn");
        task.put(List.of(position(1, 1)));
        awaitRequests(1);
        awaitBufferEmpty();
        assertThat(context.reported).isEmpty();

        flush();

        assertThat(context.reported).singleElement().extracting(FakeSinkContext.Reported::record)
                .extracting(SinkRecord::kafkaOffset).isEqualTo(1L);
    }

    @Test
    void aRedeliveredRecordOverwritesItsDocumentInsteadOfAddingOne() {
        start();
        task.put(List.of(position(1, 10), position(2, 11)));
        flush();
        task.put(List.of(position(1, 10), position(2, 11)));
        flush();

        assertThat(engine.received()).extracting(FakeSearchEngine.Request::body).containsOnly(engine.received().get(0).body());
    }

    @Test
    void aSearchEngineThatIsDownIsRetriedWithBackoffUntilItAnswers() {
        engine.thenReply(503, "{\"error\":{\"type\":\"cluster_block_exception\",\"reason\":\"blocked\"},\"status\":503}")
                .thenReply(429, "{\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":\"busy\"},\"status\":429}");
        start();
        task.put(List.of(position(1, 1), position(2, 2)));

        flush();

        assertThat(engine.received()).hasSize(3).extracting(FakeSearchEngine.Request::ids)
                .containsOnly(List.of("d-1-1", "d-1-2"));
    }

    @Test
    void flushGivesUpRetriablyAfterMaxRetriesAndKeepsNothingForConnectToDeliverAgain() {
        for (int i = 0; i < 3; i++) {
            engine.thenReply(503, "{\"error\":{\"type\":\"unavailable\",\"reason\":\"starting\"},\"status\":503}");
        }
        start("max.retries", "2");
        task.put(List.of(position(1, 1), position(2, 2)));

        assertThatThrownBy(this::flush)
                .isInstanceOf(RetriableException.class)
                .hasMessage("2 of 2 documents not indexed after 3 attempts; last problem: HTTP 503: unavailable: starting");
        assertThat(engine.received()).hasSize(3);
        assertThat(task.buffered()).isZero();

        task.put(List.of(position(1, 1), position(2, 2)));
        flush();
        assertThat(engine.received()).hasSize(4);
    }

    @Test
    void anUnreachableSearchEngineIsRetriable() throws IOException {
        start("connection.url", "http://127.0.0.1:" + closedPort(), "max.retries", "1");
        task.put(List.of(position(1, 1)));

        assertThatThrownBy(this::flush)
                .isInstanceOf(RetriableException.class)
                .hasMessageContaining("1 of 1 documents not indexed after 2 attempts")
                .hasMessageContaining("did not answer");
    }

    @Test
    void theNextUrlIsTriedWhenOneCannotBeReached() throws IOException {
        start("connection.url", "http://127.0.0.1:" + closedPort() + "," + engine.url(), "max.retries", "0");
        task.put(List.of(position(1, 1)));

        flush();

        assertThat(engine.received()).hasSize(1);
    }

    @Test
    void onlyTheDocumentsRejectedWith429AreSentAgain() {
        engine.thenItemErrors(Map.of(1, FakeSearchEngine.rejectedError()));
        start();
        task.put(List.of(position(1, 1), position(2, 2), position(3, 3)));

        flush();

        assertThat(engine.received()).extracting(FakeSearchEngine.Request::ids)
                .containsExactly(List.of("d-1-1", "d-1-2", "d-1-3"), List.of("d-1-2"));
    }

    @Test
    void aDocumentRefusedAsMalformedIsReportedWithItsReasonAndSkippedWhenWarn() {
        engine.thenItemErrors(Map.of(1, FakeSearchEngine.mapperParsingError()));
        start("behavior.on.malformed.documents", "warn");
        SinkRecord refused = position(2, 11);
        task.put(List.of(position(1, 10), refused, position(3, 12)));

        flush();

        assertThat(context.reported).singleElement().satisfies(report -> {
            assertThat(report.record()).isSameAs(refused);
            assertThat(report.reason()).isInstanceOf(MalformedRecordException.class)
                    .hasMessageStartingWith("the search engine refused the document (index route.new-position, id d-1-2): "
                            + "mapper_parsing_exception: failed to parse field [lat]");
        });
        assertThat(engine.received()).hasSize(1);
    }

    @Test
    void aMalformedDocumentFailsTheTaskByDefaultAfterItIsReported() {
        engine.thenItemErrors(Map.of(0, FakeSearchEngine.mapperParsingError()));
        start();
        task.put(List.of(position(1, 10)));

        assertThatThrownBy(this::flush)
                .isInstanceOf(ConnectException.class)
                .isNotInstanceOf(RetriableException.class)
                .hasMessageStartingWith("malformed record route.new-position-0@10: the search engine refused the document");
        assertThat(context.reported).hasSize(1);
        assertThatThrownBy(() -> task.put(List.of())).isInstanceOf(ConnectException.class);
    }

    @Test
    void aValueThatIsNotJsonIsReportedAndNeverSent() {
        start("behavior.on.malformed.documents", "ignore");
        SinkRecord notJson = record(TestRecords.POSITIONS, 0, 5, "d-1", "lat=40.7");
        task.put(List.of(notJson, position(1, 6)));

        flush();

        assertThat(context.reported).singleElement().satisfies(report -> {
            assertThat(report.record()).isSameAs(notJson);
            assertThat(report.reason()).hasMessageStartingWith("value is not valid JSON");
        });
        assertThat(engine.received()).singleElement().extracting(FakeSearchEngine.Request::ids).isEqualTo(List.of("d-1-1"));
    }

    @Test
    void withoutAReporterAnIgnoredMalformedRecordIsOnlySkipped() {
        context = new FakeSinkContext(false);
        start("behavior.on.malformed.documents", "ignore");

        task.put(List.of(record(TestRecords.POSITIONS, 0, 5, "d-1", "[]")));
        flush();

        assertThat(engine.received()).isEmpty();
    }

    @Test
    void whenPutCannotSendItKeepsEarlierRecordsAndLeavesItsOwnToConnectsRetry() {
        start("batch.size", "2", "max.retries", "0");
        task.put(List.of(position(1, 1)));
        engine.thenReply(503, "");
        List<SinkRecord> batch = List.of(position(2, 2), position(3, 3));

        assertThatThrownBy(() -> task.put(batch)).isInstanceOf(RetriableException.class);
        assertThat(task.buffered()).isEqualTo(1);
        assertThat(context.timeouts).hasSize(1);

        task.put(batch);
        assertThat(engine.received()).extracting(FakeSearchEngine.Request::ids)
                .containsExactly(List.of("d-1-1", "d-1-2"), List.of("d-1-1", "d-1-2"));
        assertThat(task.buffered()).isEqualTo(1);
    }

    @Test
    void aNullValueDeletesTheDocumentOfItsKeyWhenAskedTo() {
        start("document.id.fields", "", "behavior.on.null.values", "delete");
        task.put(List.of(record(TestRecords.DIRECTIONS, 0, 1, "d-9", null)));

        flush();

        assertThat(engine.received()).singleElement().extracting(FakeSearchEngine.Request::body)
                .isEqualTo("{\"delete\":{\"_index\":\"route.new-direction\",\"_id\":\"d-9\"}}\n");
    }

    @Test
    void aNullValueIsSkippedWhenIgnoredAndFailsTheTaskByDefault() {
        start("behavior.on.null.values", "ignore");
        task.put(List.of(record(TestRecords.POSITIONS, 0, 1, "d-9", null)));
        flush();
        assertThat(engine.received()).isEmpty();
        task.stop();

        start();
        assertThatThrownBy(() -> task.put(List.of(record(TestRecords.POSITIONS, 0, 1, "d-9", null))))
                .isInstanceOf(ConnectException.class)
                .hasMessage("record route.new-position-0@1 has a null value; set behavior.on.null.values to ignore or "
                        + "delete to accept it");
    }

    @Test
    void basicAuthenticationIsSentWhenAUserIsSet() {
        start("connection.username", "sink", "connection.password", "s3cret");
        task.put(List.of(position(1, 1)));

        flush();

        assertThat(engine.received().get(0).authorization())
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("sink:s3cret".getBytes()));
    }

    @Test
    void aRefusedLoginFailsTheTaskWithAHint() {
        engine.thenReply(401, "Unauthorized");
        start();
        task.put(List.of(position(1, 1)));

        assertThatThrownBy(this::flush)
                .isInstanceOf(ConnectException.class)
                .isNotInstanceOf(RetriableException.class)
                .hasMessage("the search engine refused the bulk request with HTTP 401 (check connection.username and "
                        + "connection.password): Unauthorized");
        assertThat(engine.received()).hasSize(1);
    }

    @Test
    void closingPartitionsDropsTheirBufferedRecords() {
        start();
        task.put(List.of(position(1, 1), record(TestRecords.POSITIONS, 1, 1, "d-2",
                "{\"deliveryId\":\"d-2\",\"seq\":1}")));

        task.close(List.of(new TopicPartition(TestRecords.POSITIONS, 0)));
        flush();

        assertThat(engine.received()).singleElement().extracting(FakeSearchEngine.Request::ids).isEqualTo(List.of("d-2-1"));
    }
}
