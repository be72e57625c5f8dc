package io.codedelivery.backend.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void aMissingNumberIsItsDefaultAndAWholeNumberInRangeIsTaken() {
        assertThat(QueryParameters.number("size", null, 1, 100, 10)).isEqualTo(10);
        assertThat(QueryParameters.number("size", "1", 1, 100, 10)).isEqualTo(1);
        assertThat(QueryParameters.number("size", "100", 1, 100, 10)).isEqualTo(100);
    }

    @Test
    void aNumberOutOfRangeOrNotWholeIsRefusedSayingWhatIsAllowed() {
        for (String wrong : new String[] {"0", "101", "-1", "ten", "1.5", "", "99999999999"}) {
            assertThatThrownBy(() -> QueryParameters.number("limit", wrong, 1, 100, 20))
                    .isInstanceOf(InvalidDashboardQueryException.class)
                    .hasMessage("limit must be a whole number from 1 to 100, was \"" + wrong + "\"");
        }
    }

    @Test
    void aDeliveryIdMustHaveTheShapeOfAnId() {
        assertThat(QueryParameters.deliveryId(null)).isNull();
        assertThat(QueryParameters.deliveryId("0b7e2f4a-1c2d-4e5f-8a9b-0c1d2e3f4a5b")).isEqualTo("0b7e2f4a-1c2d-4e5f-8a9b-0c1d2e3f4a5b");
        for (String wrong : new String[] {"", "-starts-with-dash", "has space", "x".repeat(65), "a\"b", "é"}) {
            assertThatThrownBy(() -> QueryParameters.deliveryId(wrong)).isInstanceOf(InvalidDashboardQueryException.class)
                    .hasMessageStartingWith("deliveryId must be 1 to 64 letters");
        }
    }

    @Test
    void anInputIsQuotedShortAndWithoutControlCharacters() {
        assertThat(QueryParameters.shown("a\nb")).isEqualTo("\"a b\"");
        assertThat(QueryParameters.shown("x".repeat(1000))).hasSize(QueryParameters.MAX_SHOWN + 3);
    }
}
