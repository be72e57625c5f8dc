package io.codedelivery.backend.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.codedelivery.backend.audit.AuditTrail;
import io.codedelivery.backend.audit.AuditTrails;
import io.codedelivery.contracts.AuditEvent;
import io.codedelivery.contracts.GeoPoint;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.producer.MockProducer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(RouteController.class)
@Import({AddRoute.class, ChangeRoute.class, RouteControllerTest.FixedClock.class})
class RouteControllerTest {

    private static final Instant CREATED = Instant.parse("2026-11-25T14:00:00Z");
    private static final Route BROADWAY = new Route("broadway", "Broadway",
            List.of(new GeoPoint(40.73484, -73.9907), new GeoPoint(40.7056, -74.0133)), false, CREATED);

    @TestConfiguration
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(CREATED, ZoneOffset.UTC);
        }

        @Bean
        MockProducer<String, byte[]> auditProducer() {
            return AuditTrails.producer();
        }

        @Bean
        AuditTrail auditTrail(MockProducer<String, byte[]> auditProducer) {
            return AuditTrails.onto(auditProducer);
        }
    }

    private static final AuditEvent.Actor LOCAL = AuditEvent.Actor.anonymous("127.0.0.1");

    @Autowired
    MockMvc mvc;

    @Autowired
    MockProducer<String, byte[]> audited;

    @MockitoBean
    RouteCatalogue catalogue;

    @BeforeEach
    void nothingAuditedYet() {
        audited.clear();
    }

    @Test
    void routesAreListedWithStartEndAndGeoJsonGeometry() throws Exception {
        given(catalogue.list(false)).willReturn(List.of(BROADWAY));
        mvc.perform(get("/api/routes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("broadway"))
                .andExpect(jsonPath("$[0].title").value("Broadway"))
                .andExpect(jsonPath("$[0].start.lat").value(40.73484))
                .andExpect(jsonPath("$[0].end.lng").value(-74.0133))
                .andExpect(jsonPath("$[0].geometry.type").value("LineString"))
                .andExpect(jsonPath("$[0].geometry.coordinates[0][0]").value(-73.9907))
                .andExpect(jsonPath("$[0].geometry.coordinates[0][1]").value(40.73484))
                .andExpect(jsonPath("$[0].archived").value(false))
                .andExpect(jsonPath("$[0].createdAt").value("2026-11-25T14:00:00Z"));
    }

    @Test
    void anUnknownRouteIsA404Problem() throws Exception {
        given(catalogue.findById("nowhere")).willReturn(Optional.empty());
        mvc.perform(get("/api/routes/nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aNewRouteIsAddedToTheCatalogue() throws Exception {
        mvc.perform(post("/api/routes").contentType(MediaType.APPLICATION_JSON).content("""
                {"title":"Short hop","geometry":{"type":"LineString","coordinates":[[-73.99,40.73],[-73.98,40.74]]}}
                """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("Short hop"));
        ArgumentCaptor<Route> added = ArgumentCaptor.forClass(Route.class);
        verify(catalogue).add(added.capture());
        assertThat(added.getValue().path()).containsExactly(new GeoPoint(40.73, -73.99), new GeoPoint(40.74, -73.98));
        assertThat(AuditTrails.sent(audited)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("route.created");
            assertThat(event.subjectType()).isEqualTo("route");
            assertThat(event.subjectId()).isEqualTo(added.getValue().id());
            assertThat(event.actor()).isEqualTo(LOCAL);
            assertThat(event.details()).isEqualTo(Map.of("title", "Short hop"));
        });
    }

    @Test
    void anImportedRouteIsAuditedAsImportedFromTheAddressItCameFrom() throws Exception {
        mvc.perform(post("/api/routes/import").param("title", "Greenway").contentType("application/gpx+xml")
                        .content(RouteFileSamples.bytes("phone-track.gpx")).with(request -> {
                            request.setRemoteAddr("2001:db8::5");
                            return request;
                        }))
                .andExpect(status().isCreated());
        ArgumentCaptor<Route> added = ArgumentCaptor.forClass(Route.class);
        verify(catalogue).add(added.capture());
        assertThat(AuditTrails.sent(audited)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("route.imported");
            assertThat(event.subjectId()).isEqualTo(added.getValue().id());
            assertThat(event.actor()).isEqualTo(AuditEvent.Actor.anonymous("2001:db8::5"));
            assertThat(event.details()).isEqualTo(Map.of("title", "Greenway"));
        });
    }

    @Test
    void aRouteOverTheLimitsIsA400ThatSaysWhichLimit() throws Exception {
        String points = "[-73.99,40.73],".repeat(10_000) + "[-73.98,40.74]";
        mvc.perform(post("/api/routes").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"x\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[" + points + "]}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("geometry.coordinates must hold at most 10000 positions, had 10001"));
        verify(catalogue, org.mockito.Mockito.never()).add(any());
    }

    @Test
    void anIdNoRouteCanHaveIsA404WithoutAskingTheCatalogue() throws Exception {
        mvc.perform(get("/api/routes/" + "x".repeat(65)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        org.mockito.Mockito.verifyNoInteractions(catalogue);
    }

    @Test
    void aPreviewOfAnImportShowsTheRouteWithoutAnIdAndStoresNothing() throws Exception {
        mvc.perform(post("/api/routes/import").param("preview", "true").contentType("application/gpx+xml")
                        .content(RouteFileSamples.bytes("phone-track.gpx")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").isEmpty())
                .andExpect(jsonPath("$.title").value("Hudson River Greenway, Chelsea to Battery Park"))
                .andExpect(jsonPath("$.createdAt").value("2026-11-25T14:00:00Z"));
        verify(catalogue, org.mockito.Mockito.never()).add(any());
        assertThat(AuditTrails.sent(audited)).isEmpty();
    }

    @Test
    void aChangeWithoutAnyFieldIsA400AndChangesNothing() throws Exception {
        mvc.perform(patch("/api/routes/broadway").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("give title, archived or both"));
        org.mockito.Mockito.verifyNoInteractions(catalogue);
        assertThat(AuditTrails.sent(audited)).isEmpty();
    }

    @Test
    void archivingARouteAnswersItArchived() throws Exception {
        Route archived = new Route("broadway", "Broadway", BROADWAY.path(), true, CREATED);
        given(catalogue.change("broadway", null, true)).willReturn(Optional.of(archived));
        mvc.perform(patch("/api/routes/broadway").contentType(MediaType.APPLICATION_JSON).content("{\"archived\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.archived").value(true));
        assertThat(AuditTrails.sent(audited)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("route.changed");
            assertThat(event.subjectId()).isEqualTo("broadway");
            assertThat(event.actor()).isEqualTo(LOCAL);
            assertThat(event.details()).isEqualTo(Map.of("archived", "true"));
        });
    }

    @Test
    void aRenameIsAuditedWithTheNewTitle() throws Exception {
        Route renamed = new Route("broadway", "Broadway south", BROADWAY.path(), false, CREATED);
        given(catalogue.findByTitle("Broadway south")).willReturn(Optional.empty());
        given(catalogue.change("broadway", "Broadway south", null)).willReturn(Optional.of(renamed));
        mvc.perform(patch("/api/routes/broadway").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\" Broadway south \"}"))
                .andExpect(status().isOk());
        assertThat(AuditTrails.sent(audited)).singleElement()
                .satisfies(event -> assertThat(event.details()).isEqualTo(Map.of("title", "Broadway south")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{",
        "{\"title\":\"x\"}",
        "{\"title\":\"\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[-73.99,40.73],[-73.98,40.74]]}}",
        "{\"title\":\"x\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[-73.99,40.73]}}",
        "{\"title\":\"x\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[-73.99,40.73]]}}",
        "{\"title\":\"x\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[-73.99,95],[-73.98,40.74]]}}",
        "{\"title\":\"x\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[-73.99],[-73.98,40.74]]}}",
        "{\"title\":\"x\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[null,[-73.98,40.74]]}}"
    })
    void anInvalidRouteIsA400Problem(String body) throws Exception {
        mvc.perform(post("/api/routes").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        verify(catalogue, org.mockito.Mockito.never()).add(any());
        assertThat(AuditTrails.sent(audited)).isEmpty();
    }
}
