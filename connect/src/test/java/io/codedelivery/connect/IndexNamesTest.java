package io.codedelivery.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.Test;

class IndexNamesTest {

    @Test
    void theTopicIsTheIndexByDefault() {
        assertThat(new IndexNames("${topic}", Map.of()).indexFor("route.new-position")).isEqualTo("route.new-position");
    }

    @Test
    void theFormatSurroundsTheTopic() {
        assertThat(new IndexNames("codedelivery-${topic}-v1", Map.of()).indexFor("route.new-direction"))
                .isEqualTo("codedelivery-route.new-direction-v1");
    }

    @Test
    void mappedTopicsIgnoreTheFormat() {
        IndexNames names = new IndexNames("cd-${topic}", Map.of("route.new-position", "positions"));

        assertThat(names.indexFor("route.new-position")).isEqualTo("positions");
        assertThat(names.indexFor("route.new-direction")).isEqualTo("cd-route.new-direction");
    }

    @Test
    void indexNamesAreLowerCased() {
        assertThat(new IndexNames("${topic}", Map.of()).indexFor("Route.New-Position")).isEqualTo("route.new-position");
        assertThat(new IndexNames("${topic}", Map.of("t", "Positions")).indexFor("t")).isEqualTo("positions");
    }

    @Test
    void aTopicThatGivesAnInvalidIndexNameIsRefused() {
        assertThatThrownBy(() -> new IndexNames("${topic}", Map.of()).indexFor("_internal"))
                .isInstanceOf(ConnectException.class)
                .hasMessage("topic _internal gives no valid index name: an index name cannot start with '_': _internal");
    }

    @Test
    void namesWithCharactersBothEnginesForbidAreProblems() {
        assertThat(IndexNames.problemWith("a b")).isEqualTo("an index name cannot contain ' ': a b");
        assertThat(IndexNames.problemWith("a*")).isEqualTo("an index name cannot contain '*': a*");
        assertThat(IndexNames.problemWith("..")).isEqualTo("an index cannot be named '..'");
        assertThat(IndexNames.problemWith("positions-2026.11")).isNull();
    }
}
