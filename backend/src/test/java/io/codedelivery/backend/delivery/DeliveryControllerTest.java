package io.codedelivery.backend.delivery;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.codedelivery.backend.messaging.PublishFailedException;
import io.codedelivery.backend.route.UnknownRouteException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(DeliveryController.class)
class DeliveryControllerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StartDelivery startDelivery;

    @MockitoBean
    DeliveryRepository deliveries;

    @Test
    void startingADeliveryAnswers201WithTheDelivery() throws Exception {
        given(startDelivery.start("broadway", Optional.empty()))
                .willReturn(new StartDelivery.Started(Delivery.requested("d-1", "broadway", "Broadway", 1200.0, NOW), false));
        mvc.perform(post("/api/deliveries").contentType(MediaType.APPLICATION_JSON).content("{\"routeId\":\"broadway\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/deliveries/d-1"))
                .andExpect(jsonPath("$.id").value("d-1"))
                .andExpect(jsonPath("$.routeId").value("broadway"))
                .andExpect(jsonPath("$.status").value("requested"));
    }

    @Test
    void anUnknownRouteIsA404Problem() throws Exception {
        given(startDelivery.start("nowhere", Optional.empty())).willThrow(new UnknownRouteException("nowhere"));
        mvc.perform(post("/api/deliveries").contentType(MediaType.APPLICATION_JSON).content("{\"routeId\":\"nowhere\"}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("no route with id 'nowhere'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "not json", "[]", "{}", "{\"routeId\":null}", "{\"routeId\":\"  \"}",
            "{\"routeId\":{\"a\":1}}"})
    void aMalformedBodyIsA400Problem(String body) throws Exception {
        mvc.perform(post("/api/deliveries").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void aMissingRouteIdIsExplained() throws Exception {
        mvc.perform(post("/api/deliveries").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(jsonPath("$.detail").value("routeId is required"));
    }

    @Test
    void aBodyThatIsNotJsonIsA415Problem() throws Exception {
        mvc.perform(post("/api/deliveries").contentType(MediaType.TEXT_PLAIN).content("broadway"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void whenKafkaDoesNotTakeTheEventTheAnswerIs503() throws Exception {
        given(startDelivery.start("broadway", Optional.empty())).willThrow(
                new PublishFailedException("route.new-direction", new IllegalStateException("broker down")));
        mvc.perform(post("/api/deliveries").contentType(MediaType.APPLICATION_JSON).content("{\"routeId\":\"broadway\"}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyIsAnsweredWithTheFirstDelivery() throws Exception {
        given(startDelivery.start("broadway", Optional.of(new IdempotencyKey("k-1"))))
                .willReturn(new StartDelivery.Started(Delivery.requested("d-1", "broadway", "Broadway", 1200.0, NOW), true));
        mvc.perform(post("/api/deliveries").contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "k-1")
                        .content("{\"routeId\":\"broadway\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.id").value("d-1"));
    }

    @Test
    void aMalformedIdempotencyKeyIsA400Problem() throws Exception {
        mvc.perform(post("/api/deliveries").contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "a b")
                        .content("{\"routeId\":\"broadway\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Idempotency-Key must be 1 to 255 visible ASCII characters"));
    }

    @Test
    void anIdempotencyKeyOfAnotherRouteIsA422Problem() throws Exception {
        given(startDelivery.start("broadway", Optional.of(new IdempotencyKey("k-2"))))
                .willThrow(IdempotencyKeyConflictException.reusedForAnotherRoute());
        mvc.perform(post("/api/deliveries").contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "k-2")
                        .content("{\"routeId\":\"broadway\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aDeliveryShowsItsStatus() throws Exception {
        given(deliveries.findById("d-1")).willReturn(Optional.of(
                new Delivery("d-1", "broadway", "Broadway", 1200.0, DeliveryStatus.IN_TRANSIT, NOW, NOW.plusSeconds(1), null)));
        mvc.perform(get("/api/deliveries/d-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("in_transit"));
    }

    @Test
    void anUnknownDeliveryIsA404Problem() throws Exception {
        given(deliveries.findById("nope")).willReturn(Optional.empty());
        mvc.perform(get("/api/deliveries/nope"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
