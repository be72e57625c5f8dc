package io.codedelivery.backend.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.codedelivery.contracts.PositionReported;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScopeParserTest {

    @Test
    void noQueryIsTheWholeFleet() {
        assertThat(ScopeParser.fromQuery(Map.of())).isEqualTo(Scope.FLEET);
    }

    @Test
    void theQueryNamesOneDeliveryOrAnArea() {
        assertThat(ScopeParser.fromQuery(Map.of("delivery", "d1"))).isEqualTo(new Scope.OneDelivery("d1"));
        assertThat(ScopeParser.fromQuery(Map.of("bbox", "-74.02,40.70,-73.97,40.75")))
                .isEqualTo(new Scope.Area(-74.02, 40.70, -73.97, 40.75));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,2,3", "a,b,c,d", "-190,0,10,10", "0,50,10,40", "0,0,10,NaN", ""})
    void aMalformedBoxIsRefusedWithAReason(String bbox) {
        assertThatThrownBy(() -> ScopeParser.fromQuery(Map.of("bbox", bbox)))
                .isInstanceOf(InvalidScopeException.class).hasMessageContaining("bbox");
    }

    @Test
    void aDeliveryIdMustBeReasonable() {
        assertThatThrownBy(() -> ScopeParser.fromQuery(Map.of("delivery", "x".repeat(201))))
                .isInstanceOf(InvalidScopeException.class);
        assertThatThrownBy(() -> ScopeParser.fromQuery(Map.of("delivery", "d1", "bbox", "0,0,1,1")))
                .isInstanceOf(InvalidScopeException.class);
    }

    @Test
    void subscribeMessagesNameEachKind() {
        assertThat(ScopeParser.fromMessage("{\"type\":\"subscribe\",\"scope\":{\"kind\":\"fleet\"}}")).isEqualTo(Scope.FLEET);
        assertThat(ScopeParser.fromMessage("{\"type\":\"subscribe\",\"scope\":{\"kind\":\"delivery\",\"deliveryId\":\"d1\"}}"))
                .isEqualTo(new Scope.OneDelivery("d1"));
        assertThat(ScopeParser.fromMessage("{\"type\":\"subscribe\",\"scope\":{\"kind\":\"area\",\"bbox\":[1,2,3,4]}}"))
                .isEqualTo(new Scope.Area(1, 2, 3, 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "[]", "{\"type\":\"hello\"}", "{\"type\":\"subscribe\"}",
            "{\"type\":\"subscribe\",\"scope\":{\"kind\":\"everything\"}}",
            "{\"type\":\"subscribe\",\"scope\":{\"kind\":\"delivery\",\"deliveryId\":42}}",
            "{\"type\":\"subscribe\",\"scope\":{\"kind\":\"area\",\"bbox\":[1,2,\"3\",4]}}"})
    void anythingElseIsRefusedWithAReason(String message) {
        assertThatThrownBy(() -> ScopeParser.fromMessage(message)).isInstanceOf(InvalidScopeException.class)
                .hasMessageNotContaining("Exception");
    }

    @Test
    void anOversizedMessageIsRefusedUnread() {
        assertThatThrownBy(() -> ScopeParser.fromMessage("{\"type\":\"subscribe\",\"pad\":\"" + "x".repeat(5000) + "\"}"))
                .isInstanceOf(InvalidScopeException.class).hasMessageContaining("4096");
    }

    @Test
    void anAreaAcrossTheAntimeridianContainsBothEdges() {
        Scope.Area pacific = new Scope.Area(170, -10, -170, 10);
        assertThat(pacific.contains(Rows.position("d", 0, 0, 175))).isTrue();
        assertThat(pacific.contains(Rows.position("d", 0, 0, -175))).isTrue();
        assertThat(pacific.contains(Rows.position("d", 0, 0, 0))).isFalse();
        PositionReported north = Rows.position("d", 0, 11, 175);
        assertThat(pacific.contains(north)).isFalse();
    }
}
