package io.codedelivery.backend.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeviceTokenTest {

    @Test
    void anIssuedTokenIs43UrlSafeCharactersUniqueAndNeverPrinted() {
        DeviceToken token = DeviceToken.issue();

        assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
        assertThat(IntStream.range(0, 100).mapToObj(i -> DeviceToken.issue().value()).distinct()).hasSize(100);
        assertThat(token.toString()).doesNotContain(token.value());
        assertThat(DeviceLink.of("d-1", token).toString()).doesNotContain(token.value());
    }

    @Test
    void itsHashIsStableAndOnlyTokenShapedTextIsATokenAtAll() {
        DeviceToken token = DeviceToken.issue();

        assertThat(DeviceToken.parse(token.value()).orElseThrow().hash()).isEqualTo(token.hash()).hasSize(64);
        assertThat(DeviceToken.parse(null)).isEmpty();
        assertThat(DeviceToken.parse("short")).isEmpty();
        assertThat(DeviceToken.parse(token.value() + "x")).isEmpty();
        assertThat(DeviceToken.parse(token.value().substring(1) + "/")).isEmpty();
    }
}
