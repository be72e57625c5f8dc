package io.codedelivery.backend.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrackingTokenFilterTest {

    @Test
    void readsTheTokenFromTheQueryStringOnly() {
        assertThat(TrackingTokenFilter.tokenOf("delivery=d-1&access=abc.123.xyz")).isEqualTo("abc.123.xyz");
        assertThat(TrackingTokenFilter.tokenOf("access=abc.123.xyz")).isEqualTo("abc.123.xyz");
        assertThat(TrackingTokenFilter.tokenOf("noaccess=1&accessible=2")).isNull();
        assertThat(TrackingTokenFilter.tokenOf(null)).isNull();
    }
}
