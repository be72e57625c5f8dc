package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    @Test
    void defaultsToTheUsualLocalPorts() {
        StackSettings settings = StackSettings.fromEnvironment(Map.of(), null, null);
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.mongoPort()).isEqualTo(27017);
        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.home().getFileName()).hasToString(".codedelivery");
    }

    @Test
    void portsComeFromTheEnvironment() {
        StackSettings settings = StackSettings.fromEnvironment(Map.of("KAFKA_PORT", "19092", "HTTP_PORT", "18080"), null, null);
        assertThat(settings.kafkaPort()).isEqualTo(19092);
        assertThat(settings.httpPort()).isEqualTo(18080);
    }

    @Test
    void theDemoFindsTheBackendWhereUpRunsIt() {
        assertThat(StackSettings.fromEnvironment(Map.of(), null, null).backendUrl()).hasToString("http://127.0.0.1:8080");
        assertThat(StackSettings.fromEnvironment(Map.of("HTTP_PORT", "18080"), null, null).backendUrl())
                .hasToString("http://127.0.0.1:18080");
    }

    @Test
    void aPortThatIsNotANumberIsRejectedByName() {
        assertThatThrownBy(() -> StackSettings.fromEnvironment(Map.of("MONGO_PORT", "mongo"), null, null))
                .hasMessage("MONGO_PORT must be a port number (1-65535), was 'mongo'");
    }

    @Test
    void theSearchSideRunsWhenThePluginIsGivenUnlessSwitchedOff() {
        Path plugin = Path.of("sink.jar");
        assertThat(StackSettings.fromEnvironment(Map.of(), null, null, plugin).search()).isTrue();
        assertThat(StackSettings.fromEnvironment(Map.of(), null, null, null).search()).isFalse();
        assertThat(StackSettings.fromEnvironment(Map.of("CODEDELIVERY_SEARCH", "off"), null, null, plugin).search())
                .isFalse();
        assertThatThrownBy(() -> StackSettings.fromEnvironment(Map.of("CODEDELIVERY_SEARCH", "no"), null, null, plugin))
                .hasMessage("CODEDELIVERY_SEARCH must be on or off, was 'no'");
    }

    @Test
    void theSearchEngineAndConnectTakeTheirUsualPortsAndIndexNamesFollowTheSettings() {
        StackSettings settings = StackSettings.fromEnvironment(Map.of("SEARCH_INDEX_NAMING", "topics"), null, null,
                Path.of("sink.jar"));
        assertThat(settings.searchUrl()).isEqualTo("http://127.0.0.1:9200");
        assertThat(settings.connectPort()).isEqualTo(8083);
        assertThat(settings.indices().positions()).isEqualTo("route.new-position");
    }
}
