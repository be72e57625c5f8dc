package io.codedelivery.backend.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.codedelivery.backend.route.InvalidRouteException;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The problem+json answers of {@link ApiErrors} and the request filters, against a small test controller. */
@WebMvcTest(ApiErrorsTest.Probe.class)
@Import(ApiErrorsTest.Probe.class)
class ApiErrorsTest {

    @RestController
    static class Probe {

        record Body(String name, List<Double> values) {
        }

        @PostMapping("/api/probe")
        Body echo(@RequestBody Body body) {
            return body;
        }

        @GetMapping("/api/probe/{id}")
        Body one(@PathVariable String id) {
            return switch (id) {
                case "boom" -> throw new IllegalStateException("secret internals");
                case "invalid" -> throw new InvalidRouteException("title is required");
                default -> new Body(id, List.of());
            };
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void anUnexpectedExceptionIsA500ProblemWithAGenericDetail() throws Exception {
        problem(mvc.perform(get("/api/probe/boom")), 500)
                .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("secret"))));
    }

    @Test
    void anInvalidRouteIsA400ProblemWithItsReason() throws Exception {
        problem(mvc.perform(get("/api/probe/invalid")), 400).andExpect(jsonPath("$.detail").value("title is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/*", "*/*", "text/*", "application/json; charset=nope",
        "/", "application", "multipart/form-data", "text/plain"})
    void aBodyThatIsNotDeclaredAsOneConcreteJsonTypeIsA415Problem(String contentType) throws Exception {
        problem(mvc.perform(post("/api/probe").header("Content-Type", contentType).content("{\"name\":\"x\"}")), 415);
    }

    @Test
    void aWrongMethodIsA405ProblemWithAllow() throws Exception {
        problem(mvc.perform(put("/api/probe").contentType(MediaType.APPLICATION_JSON).content("{}")), 405)
                .andExpect(header().string("Allow", "POST"));
    }

    @Test
    void anAnswerTheClientDoesNotAcceptIsA406Problem() throws Exception {
        problem(mvc.perform(get("/api/probe/x").accept(MediaType.IMAGE_PNG)), 406);
    }

    @Test
    void anUnknownPathIsA404Problem() throws Exception {
        problem(mvc.perform(get("/api/nothing-here")), 404);
    }

    @Test
    void anIdNothingCanHaveIsA404ThatDoesNotEchoIt() throws Exception {
        String id = "x".repeat(65);
        problem(mvc.perform(get("/api/probe/" + id)), 404)
                .andExpect(jsonPath("$.detail").value("nothing has this id: " + PathIds.RULE));
    }

    @Test
    void aBrokenQueryEncodingIsA400Problem() throws Exception {
        problem(mvc.perform(get("/api/probe/x").with(request -> {
            request.setQueryString("q=%zz");
            return request;
        })), 400);
    }

    @Test
    void malformedJsonIsExplainedWithItsPlace() throws Exception {
        problem(json("{\"name\":"), 400).andExpect(jsonPath("$.detail").value(Matchers.startsWith("the body is not valid JSON")));
    }

    @Test
    void aValueOfTheWrongTypeIsExplainedWithItsPath() throws Exception {
        problem(json("{\"name\":\"x\",\"values\":[1,{}]}"), 400).andExpect(jsonPath("$.detail").value("$.values[1]: expected a number"));
        problem(json("{\"name\":{}}"), 400).andExpect(jsonPath("$.detail").value("$.name: expected a string"));
    }

    @Test
    void aMissingBodyIsExplained() throws Exception {
        problem(json(""), 400).andExpect(jsonPath("$.detail").value(UnreadableBodies.MISSING));
    }

    @Test
    void aBodyOverTheLimitIs413AndClosesTheConnection() throws Exception {
        problem(json("{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}"), 413)
                .andExpect(header().string("Connection", "close"))
                .andExpect(jsonPath("$.detail").value("the request body is over the limit of 2097152 bytes"));
    }

    @Test
    void aDeepDocumentIsA400NotAStackOverflow() throws Exception {
        problem(json("{\"values\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}"), 400);
    }

    private ResultActions json(String body) throws Exception {
        return mvc.perform(post("/api/probe").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isString())
                .andExpect(jsonPath("$.detail").value(Matchers.hasLength(Matchers.lessThanOrEqualTo(Problems.MAX_DETAIL_LENGTH))));
    }
}
