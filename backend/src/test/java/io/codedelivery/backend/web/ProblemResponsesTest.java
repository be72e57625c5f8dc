package io.codedelivery.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ProblemResponsesTest {

    private final ProblemResponses filter = new ProblemResponses();
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/ws");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aTextErrorBecomesAProblemWithItsWordsAndHeaders() throws Exception {
        filter.doFilter(request, response, (req, res) -> {
            HttpServletResponse answer = (HttpServletResponse) res;
            answer.setStatus(400);
            answer.setHeader("Sec-WebSocket-Version", "13");
            answer.setContentType("text/plain;charset=UTF-8");
            answer.getOutputStream().write("bbox needs 4 numbers".getBytes(StandardCharsets.UTF_8));
            answer.flushBuffer();
        });
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Sec-WebSocket-Version")).isEqualTo("13");
        assertThat(response.getContentAsString()).contains("\"detail\":\"bbox needs 4 numbers\"");
    }

    @Test
    void anEmptyErrorBecomesAProblemNamedByItsStatus() throws Exception {
        filter.doFilter(request, response, (req, res) -> ((HttpServletResponse) res).setStatus(405));
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"detail\":\"" + Problems.detailFor(405) + "\"");
    }

    @Test
    void aJsonErrorAndASuccessPassThrough() throws Exception {
        filter.doFilter(request, response, (req, res) -> {
            HttpServletResponse answer = (HttpServletResponse) res;
            answer.setStatus(503);
            answer.setContentType("application/vnd.spring-boot.actuator.v3+json");
            answer.getWriter().write("{\"status\":\"OUT_OF_SERVICE\"}");
        });
        assertThat(response.getContentAsString()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");

        MockHttpServletResponse ok = new MockHttpServletResponse();
        filter.doFilter(request, ok, (req, res) -> res.getWriter().write("hello"));
        assertThat(ok.getContentAsString()).isEqualTo("hello");
    }

    @Test
    void anErrorSentToTheErrorPageIsLeftToIt() throws Exception {
        filter.doFilter(request, response, (req, res) -> ((HttpServletResponse) res).sendError(404));
        assertThat(response.getContentAsString()).isEmpty();
    }
}
