package io.codedelivery.connect;

import static io.codedelivery.connect.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class BulkRequestBodyTest {

    private final SinkRecord any = record("t", 0, 0, "k", "{}");

    @Test
    void eachIndexIsAnActionLineThenTheDocumentLineEachEndingInANewline() {
        String body = BulkRequestBody.of(List.of(
                BulkAction.index("positions", "d-1-7", "{\"deliveryId\":\"d-1\",\"seq\":7}", any),
                BulkAction.index("positions", "d-1-8", "{\"deliveryId\":\"d-1\",\"seq\":8}", any)));

        assertThat(body).isEqualTo("""
                {"index":{"_index":"positions","_id":"d-1-7"}}
                {"deliveryId":"d-1","seq":7}
                {"index":{"_index":"positions","_id":"d-1-8"}}
                {"deliveryId":"d-1","seq":8}
                """);
    }

    @Test
    void aDeleteIsAnActionLineAlone() {
        String body = BulkRequestBody.of(List.of(
                BulkAction.delete("deliveries", "d-9", any),
                BulkAction.index("deliveries", "d-10", "{}", any)));

        assertThat(body).isEqualTo("""
                {"delete":{"_index":"deliveries","_id":"d-9"}}
                {"index":{"_index":"deliveries","_id":"d-10"}}
                {}
                """);
    }

    @Test
    void idsAreEscapedAsJsonStrings() {
        String body = BulkRequestBody.of(List.of(BulkAction.delete("t", "a\"b\\c\nd", any)));

        assertThat(body).isEqualTo("{\"delete\":{\"_index\":\"t\",\"_id\":\"a\\\"b\\\\c\\nd\"}}\n");
    }

    @Test
    void aGoldenPositionRecordBecomesTwoLines() {
        RecordMapper mapper = new RecordMapper(new IndexNames("${topic}", Map.of("route.new-position", "positions")),
                new DocumentIds(false, List.of("deliveryId", "seq")), new ValueConverter(true),
                SearchSinkConfig.NullValueBehavior.FAIL);
        BulkAction action = mapper.toAction(record(TestRecords.POSITIONS, 3, 1842, "d-0b7e2f4a", TestRecords.goldenPosition()));

        assertThat(BulkRequestBody.of(List.of(action))).isEqualTo("""
                {"index":{"_index":"positions","_id":"d-0b7e2f4a-7"}}
                {"deliveryId":"d-0b7e2f4a","routeId":"fifth-avenue","seq":7,"lat":40.73301,"lng":-73.99559,\
                "finished":false,"emittedAt":"2026-11-25T14:00:03.500Z"}
                """);
    }
}
