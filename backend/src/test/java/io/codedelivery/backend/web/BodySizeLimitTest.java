package io.codedelivery.backend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class BodySizeLimitTest {

    private final BodySizeLimit filter = new BodySizeLimit(new ApiLimits(DataSize.ofBytes(100), DataSize.ofBytes(10)));
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void anAnnouncedLengthOverTheLimitIsA413BeforeAnythingIsRead() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/routes");
        request.setContent(new byte[101]);
        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("the chain must not run");
        });
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getHeader("Connection")).isEqualTo("close");
        assertThat(response.getContentAsString()).contains("the request body is over the limit of 100 bytes");
    }

    @Test
    void aBodyWithoutALengthIsCutOffAtTheLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/routes") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(new byte[101]);
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        filter.doFilter(request, response, (req, res) -> seen.set((HttpServletRequest) req));
        assertThat(seen.get().getInputStream().readNBytes(100)).hasSize(100);
        assertThatThrownBy(() -> seen.get().getInputStream().read())
                .isInstanceOf(BodyTooLargeException.class).hasMessageContaining("100 bytes");
    }

    @Test
    void postingADeliveryHasTheSmallLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/deliveries");
        request.setServletPath("/api/deliveries");
        request.setContent(new byte[11]);
        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("the chain must not run");
        });
        assertThat(response.getStatus()).isEqualTo(413);
    }

    @Test
    void aBodyWithinTheLimitIsReadWhole() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/deliveries");
        request.setServletPath("/api/deliveries");
        request.setContent(new byte[10]);
        AtomicReference<byte[]> read = new AtomicReference<>();
        filter.doFilter(request, response, (req, res) -> read.set(req.getInputStream().readAllBytes()));
        assertThat(read.get()).hasSize(10);
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
