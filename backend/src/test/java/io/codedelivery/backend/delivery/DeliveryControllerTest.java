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
import io.codedelivery.backend.device.DeviceLink;
import io.codedelivery.contracts.AuditEvent;
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
    /** MockMvc's requests come from 127.0.0.1 unless told otherwise. */
    private static final AuditEvent.Actor LOCAL = AuditEvent.Actor.anonymous("127.0.0.1");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StartDelivery startDelivery;

    @MockitoBean
    DeliveryRepository deliveries;

    @MockitoBean
    CancelDelivery cancelDelivery;

    @MockitoBean
    NewDriverLink newDriverLink;

    @MockitoBean
    NewTrackingLink newTrackingLink;

    @Test
    void aDeviceDrivenDeliveryIsAnsweredWithItsTokenAndDriverLinkOnce() throws Exception {
        Delivery delivery = Delivery.requested("d-1", "broadway", "Broadway", 1200.0, NOW, DeliveryDriver.DEVICE);
        given(startDelivery.start("broadway", DeliveryDriver.DEVICE, Optional.empty(), LOCAL))
                .willReturn(new StartDelivery.Started(delivery, false, new DeviceLink("tok", "/drive/d-1#token=tok")));
        mvc.perform(post("/api/deliveries").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"routeId\":\"broadway\",\"driver\":\"device\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.driver").value("device"))
                .andExpect(jsonPath("$.device.token").value("tok"))
                .andExpect(jsonPath("$.device.driverPath").value("/drive/d-1#token=tok"));
        given(deliveries.findById("d-1")).willReturn(Optional.of(delivery));
        mvc.perform(get("/api/deliveries/d-1"))
                .andExpect(jsonPath("$.driver").value("device"))
                .andExpect(jsonPath("$.device").doesNotExist());
    }

    @Test
    void aDriverThatIsNeitherSimulatorNorDeviceIsA400() throws Exception {
        mvc.perform(post("/api/deliveries").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"routeId\":\"broadway\",\"driver\":\"horse\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "driver must be simulator or device, was horse")));
    }

    @Test
    void aNewDriverLinkIsAnsweredAndRefusedForASimulatedDelivery() throws Exception {
        given(newDriverLink.issue("d-1", LOCAL)).willReturn(new DeviceLink("tok2", "/drive/d-1#token=tok2"));
        given(newDriverLink.issue("d-2", LOCAL)).willThrow(new NewDriverLink.NotDeviceDrivenException(
                "delivery d-2 is driven by the simulator: it has no driver link"));
        mvc.perform(post("/api/deliveries/d-1/device-token"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.token").value("tok2"));
        mvc.perform(post("/api/deliveries/d-2/device-token"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("No driver link"));
    }

    @Test
    void theActorOfACancellationIsTheAddressTheRequestCameFrom() throws Exception {
        given(cancelDelivery.cancel("d-1", AuditEvent.Actor.anonymous("192.0.2.44"))).willReturn(new Delivery("d-1",
                "broadway", "Broadway", 1200.0, DeliveryStatus.CANCELLED, NOW, null, null, NOW.plusSeconds(31), null));
        mvc.perform(post("/api/deliveries/d-1/cancel").with(request -> {
            request.setRemoteAddr("192.0.2.44");
            return request;
        })).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("cancelled"));
    }

    @Test
    void cancellingADeliveryAnswersItsRecordCancelled() throws Exception {
        given(cancelDelivery.cancel("d-1", LOCAL)).willReturn(new Delivery("d-1", "broadway", "Broadway", 1200.0,
                DeliveryStatus.CANCELLED, NOW, NOW.plusSeconds(1), null, NOW.plusSeconds(31), 412.5));
        mvc.perform(post("/api/deliveries/d-1/cancel"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("cancelled"))
                .andExpect(jsonPath("$.cancelledAt").value("2026-11-25T14:00:31Z"))
                .andExpect(jsonPath("$.durationSeconds").value(30.0))
                .andExpect(jsonPath("$.drivenMeters").value(412.5))
                .andExpect(jsonPath("$.distanceMeters").value(1200.0))
                .andExpect(jsonPath("$.routeTitle").value("Broadway"));
    }

    @Test
    void cancellingADeliveredDeliveryIsA409Problem() throws Exception {
        given(cancelDelivery.cancel("d-1", LOCAL)).willThrow(new DeliveryAlreadyDeliveredException("d-1", NOW));
        mvc.perform(post("/api/deliveries/d-1/cancel"))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(
                        "delivery 'd-1' was delivered at 2026-11-25T14:00:00Z; a delivered delivery cannot be cancelled"));
    }

    @Test
    void cancellingAnUnknownDeliveryIsA404Problem() throws Exception {
        given(cancelDelivery.cancel("nope", LOCAL)).willThrow(new UnknownDeliveryException("nope"));
        mvc.perform(post("/api/deliveries/nope/cancel"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theHistoryAnswersAPageWithItsFiltersRead() throws Exception {
        DeliveryQuery query = new DeliveryQuery(java.util.Set.of(DeliveryStatus.IN_TRANSIT, DeliveryStatus.CANCELLED),
                Optional.of("broadway"), Optional.of(NOW), Optional.of(NOW.plusSeconds(3600)), 2, 5);
        given(deliveries.find(query)).willReturn(new DeliveryPage(java.util.List.of(
                Delivery.requested("d-1", "broadway", "Broadway", 1200.0, NOW)), 2, 5, 11));
        mvc.perform(get("/api/deliveries").param("status", "in_transit").param("status", "cancelled")
                        .param("routeId", "broadway").param("from", "2026-11-25T14:00:00Z")
                        .param("to", "2026-11-25T15:00:00Z").param("page", "2").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value("d-1"))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.total").value(11));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "status=lost|status must be one of requested, in_transit, delivered, cancelled, was 'lost'",
        "status=in_transit,|status must be one of requested, in_transit, delivered, cancelled, was ''",
        "from=yesterday|from must be an ISO-8601 instant such as 2026-11-26T09:00:00Z, was 'yesterday'",
        "to=2026-11-25|to must be an ISO-8601 instant such as 2026-11-26T09:00:00Z, was '2026-11-25'",
        "page=-1|page must be a whole number from 0 to 10000, was '-1'",
        "page=10001|page must be a whole number from 0 to 10000, was '10001'",
        "size=0|size must be a whole number from 1 to 100, was '0'",
        "size=101|size must be a whole number from 1 to 100, was '101'",
        "size=1e3|size must be a whole number from 1 to 100, was '1e3'",
        "size=99999999999999999999|size must be a whole number from 1 to 100, was '99999999999999999999'",
        "routeId=                                                                         x|routeId must be a route's id, 1 to 64 characters, was 74 characters",
    })
    void aHistoryParameterThatCannotBeReadIsA400SayingWhich(String parameter, String detail) throws Exception {
        String[] nameAndValue = parameter.split("=", 2);
        mvc.perform(get("/api/deliveries").param(nameAndValue[0], nameAndValue[1]))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(detail));
    }

    @Test
    void aTimeRangeThatEndsBeforeItBeginsIsA400() throws Exception {
        mvc.perform(get("/api/deliveries").param("from", "2026-11-25T15:00:00Z").param("to", "2026-11-25T14:00:00Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(
                        "from must be before to, was from 2026-11-25T15:00:00Z to 2026-11-25T14:00:00Z"));
    }

    @Test
    void startingADeliveryAnswers201WithTheDelivery() throws Exception {
        given(startDelivery.start("broadway", DeliveryDriver.SIMULATOR, Optional.empty(), LOCAL))
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
        given(startDelivery.start("nowhere", DeliveryDriver.SIMULATOR, Optional.empty(), LOCAL)).willThrow(new UnknownRouteException("nowhere"));
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
        given(startDelivery.start("broadway", DeliveryDriver.SIMULATOR, Optional.empty(), LOCAL)).willThrow(
                new PublishFailedException("route.new-direction", new IllegalStateException("broker down")));
        mvc.perform(post("/api/deliveries").contentType(MediaType.APPLICATION_JSON).content("{\"routeId\":\"broadway\"}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyIsAnsweredWithTheFirstDelivery() throws Exception {
        given(startDelivery.start("broadway", DeliveryDriver.SIMULATOR, Optional.of(new IdempotencyKey("k-1")), LOCAL))
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
        given(startDelivery.start("broadway", DeliveryDriver.SIMULATOR, Optional.of(new IdempotencyKey("k-2")), LOCAL))
                .willThrow(IdempotencyKeyConflictException.reusedForAnotherRoute());
        mvc.perform(post("/api/deliveries").contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "k-2")
                        .content("{\"routeId\":\"broadway\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aDeliveryShowsItsStatus() throws Exception {
        given(deliveries.findById("d-1")).willReturn(Optional.of(
                new Delivery("d-1", "broadway", "Broadway", 1200.0, DeliveryStatus.IN_TRANSIT, NOW, NOW.plusSeconds(1), null,
                        null, null)));
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
