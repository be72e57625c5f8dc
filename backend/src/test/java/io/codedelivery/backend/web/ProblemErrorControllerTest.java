package io.codedelivery.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemErrorControllerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProblemErrorController controller = new ProblemErrorController(new DefaultErrorAttributes());
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void errorAskedForDirectlyIsA404Problem() throws Exception {
        JsonNode problem = answer();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(problem.get("detail").asString()).isEqualTo(Problems.detailFor(404));
    }

    @Test
    void aClientErrorKeepsItsStatusAndMessage() throws Exception {
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 400);
        request.setAttribute(RequestDispatcher.ERROR_MESSAGE, "Invalid URI");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/routes");
        JsonNode problem = answer();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
        assertThat(problem.get("detail").asString()).isEqualTo("Invalid URI");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/routes");
    }

    @Test
    void aFailureIsA500WithAGenericDetail() throws Exception {
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("password=hunter2"));
        JsonNode problem = answer();
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(problem.get("detail").asString()).isEqualTo(ProblemErrorController.GENERIC);
    }

    @Test
    void aBodyCutOffInAFilterIsA413() throws Exception {
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new RuntimeException(new BodyTooLargeException(10)));
        JsonNode problem = answer();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(problem.get("detail").asString()).isEqualTo("the request body is over the limit of 10 bytes");
    }

    private JsonNode answer() throws Exception {
        controller.error(request, response);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(response.getStatus());
        return problem;
    }
}
