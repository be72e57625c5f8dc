package io.codedelivery.connect;

import static io.codedelivery.connect.TestRecords.POSITIONS;
import static io.codedelivery.connect.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

class DocumentIdsTest {

    private final ValueConverter values = new ValueConverter(true);

    private String idOf(DocumentIds ids, SinkRecord record) {
        ObjectNode document = record.value() == null ? null : values.toDocument(record.value(), record.valueSchema());
        return ids.idOf(record, document);
    }

    @Test
    void positionIdComesFromDeliveryIdAndSeqLikeTheContractsPositionId() {
        SinkRecord golden = record(POSITIONS, 3, 1842, "d-0b7e2f4a", TestRecords.goldenPosition());
        String expected = JsonCodec.decode(TestRecords.goldenPosition(), PositionReported.class).positionId();

        assertThat(idOf(new DocumentIds(false, List.of("deliveryId", "seq")), golden))
                .isEqualTo(expected)
                .isEqualTo("d-0b7e2f4a-7");
    }

    @Test
    void positionsOfOneDeliveryShareAKeyButGetDistinctIds() {
        DocumentIds ids = new DocumentIds(false, List.of("deliveryId", "seq"));

        assertThat(idOf(ids, TestRecords.position(1, 10))).isEqualTo("d-1-1");
        assertThat(idOf(ids, TestRecords.position(2, 11))).isEqualTo("d-1-2");
    }

    @Test
    void aRedeliveredRecordGetsTheSameIdAtAnotherOffset() {
        DocumentIds ids = new DocumentIds(false, List.of("deliveryId", "seq"));

        assertThat(idOf(ids, TestRecords.position(5, 100))).isEqualTo(idOf(ids, TestRecords.position(5, 900)));
    }

    @Test
    void keyIsTheIdWhenNotIgnoredAndNoFieldsAreNamed() {
        SinkRecord delivery = record(TestRecords.DIRECTIONS, 0, 7, "d-0b7e2f4a", TestRecords.goldenDeliveryRequested());

        assertThat(idOf(new DocumentIds(false, List.of()), delivery)).isEqualTo("d-0b7e2f4a");
        assertThat(idOf(new DocumentIds(false, List.of()), record("t", 0, 1, 42L, "{}"))).isEqualTo("42");
    }

    @Test
    void idIsTopicPartitionOffsetWhenKeyIsIgnoredAndNoFieldsAreNamed() {
        assertThat(idOf(new DocumentIds(true, List.of()), TestRecords.position(1, 1842)))
                .isEqualTo("route.new-position+0+1842");
    }

    @Test
    void fieldsTakePrecedenceOverKeyIgnore() {
        assertThat(idOf(new DocumentIds(true, List.of("deliveryId", "seq")), TestRecords.position(9, 1))).isEqualTo("d-1-9");
    }

    @Test
    void aMissingIdFieldIsMalformed() {
        DocumentIds ids = new DocumentIds(false, List.of("deliveryId", "step"));

        assertThatThrownBy(() -> idOf(ids, TestRecords.position(1, 1)))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessage("document id field 'step' is missing");
    }

    @Test
    void anObjectIdFieldIsMalformed() {
        DocumentIds ids = new DocumentIds(false, List.of("where"));

        assertThatThrownBy(() -> idOf(ids, record("t", 0, 1, "k", "{\"where\":{\"lat\":1}}")))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("'where' is an OBJECT");
    }

    @Test
    void aNullKeyIsMalformedWhenTheKeyIsTheId() {
        assertThatThrownBy(() -> idOf(new DocumentIds(false, List.of()), record("t", 0, 1, null, "{}")))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("the key is null");
    }

    @Test
    void aStructKeyIsMalformedWhenTheKeyIsTheId() {
        Schema schema = SchemaBuilder.struct().field("id", Schema.STRING_SCHEMA).build();
        SinkRecord record = new SinkRecord("t", 0, schema, new Struct(schema).put("id", "x"), null, "{}", 1);

        assertThatThrownBy(() -> idOf(new DocumentIds(false, List.of()), record))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("it is a Struct");
    }

    @Test
    void anIdOver512BytesIsMalformed() {
        assertThatThrownBy(() -> idOf(new DocumentIds(false, List.of()), record("t", 0, 1, "k".repeat(513), "{}")))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessage("document id of 513 bytes is over the 512 allowed");
    }
}
