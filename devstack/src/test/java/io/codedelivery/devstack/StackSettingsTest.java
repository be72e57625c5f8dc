package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void aPortThatIsNotANumberIsRejectedByName() {
        assertThatThrownBy(() -> StackSettings.fromEnvironment(Map.of("MONGO_PORT", "mongo"), null, null))
                .hasMessage("MONGO_PORT must be a port number (1-65535), was 'mongo'");
    }
}
