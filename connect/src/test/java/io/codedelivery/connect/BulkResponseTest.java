package io.codedelivery.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.codedelivery.connect.BulkResponse.Item;
import io.codedelivery.connect.BulkResponse.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BulkResponseTest {

    private static String sample(String name) throws IOException {
        try (InputStream in = BulkResponseTest.class.getResourceAsStream("/bulk/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void openSearchCreatedAndUpdatedItemsAreIndexed() throws IOException {
        BulkResponse response = BulkResponse.parse(sample("opensearch-2-success.json"), 2);

        assertThat(response.items()).extracting(Item::status).containsExactly(201, 200);
        assertThat(response.items()).extracting(Item::outcome).containsOnly(Outcome.INDEXED);
    }

    @Test
    void elasticsearch8SuccessAndADeleteOfAMissingDocumentAreIndexed() throws IOException {
        BulkResponse response = BulkResponse.parse(sample("elasticsearch-8-success.json"), 2);

        assertThat(response.items()).extracting(Item::outcome).containsExactly(Outcome.INDEXED, Outcome.INDEXED);
    }

    @Test
    void anOpenSearchMapperParsingExceptionIsMalformedWithItsReason() throws IOException {
        BulkResponse response = BulkResponse.parse(sample("opensearch-2-mapper-parsing.json"), 2);

        assertThat(response.items().get(0).outcome()).isEqualTo(Outcome.INDEXED);
        Item refused = response.items().get(1);
        assertThat(refused.outcome()).isEqualTo(Outcome.MALFORMED);
        assertThat(refused.reason()).isEqualTo("mapper_parsing_exception: failed to parse field [lat] of type [double] in "
                + "document with id 'd-1-2'. Preview of field's value: 'north' (caused by number_format_exception: "
                + "For input string: \"north\")");
    }

    @Test
    void anElasticsearch8DocumentParsingExceptionIsMalformed() throws IOException {
        Item refused = BulkResponse.parse(sample("elasticsearch-8-document-parsing.json"), 1).items().get(0);

        assertThat(refused.outcome()).isEqualTo(Outcome.MALFORMED);
        assertThat(refused.errorType()).isEqualTo("document_parsing_exception");
    }

    @Test
    void anItemRejectedWith429IsRetriable() throws IOException {
        BulkResponse response = BulkResponse.parse(sample("elasticsearch-8-item-429.json"), 2);

        assertThat(response.items()).extracting(Item::outcome).containsExactly(Outcome.INDEXED, Outcome.RETRIABLE);
    }

    @Test
    void anErrorThatIsNeitherMalformedNorPassingFails() throws IOException {
        Item closed = BulkResponse.parse(sample("opensearch-2-index-closed.json"), 1).items().get(0);

        assertThat(closed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(closed.reason()).isEqualTo("index_closed_exception: closed");
    }

    @Test
    void theReasonOfAWholeRequestRejectedWith429IsItsTypeAndReason() throws IOException {
        assertThat(BulkResponse.requestError(sample("elasticsearch-8-request-429.json")))
                .startsWith("es_rejected_execution_exception: rejected execution of coordinating operation");
        assertThat(BulkResponse.requestError("Unauthorized")).isEqualTo("Unauthorized");
    }

    @Test
    void aResponseWithTheWrongNumberOfItemsIsRefused() throws IOException {
        String body = sample("opensearch-2-success.json");

        assertThatThrownBy(() -> BulkResponse.parse(body, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bulk response has 2 items for 3 actions");
    }

    @Test
    void longReasonsAreCutTo300Characters() {
        assertThat(BulkResponse.cut("x".repeat(1000))).hasSize(300).endsWith("...");
    }
}
