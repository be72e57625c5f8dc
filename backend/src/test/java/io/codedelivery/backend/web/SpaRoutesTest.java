package io.codedelivery.backend.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SpaRoutes.class)
class SpaRoutesTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/dashboards", "/dashboards/", "/routes", "/routes/", "/deliveries", "/deliveries/",
        "/deliveries?status=cancelled&page=2"})
    void aHardLoadOfTheDashboardsPageGetsTheSinglePageApp(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(forwardedUrl("/index.html"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/track/6f0d2c1e-0000-4000-8000-000000000001", "/track/any-id/",
        "/drive/6f0d2c1e-0000-4000-8000-000000000001", "/drive/any-id/"})
    void aHardLoadOfATrackingLinkGetsTheSinglePageApp(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(forwardedUrl("/index.html"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/track", "/track/a/b"})
    void aTrackingPathWithoutOneDeliveryIsNotTheApp(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(forwardedUrl(null))
                .andExpect(status().isNotFound());
    }

    @Test
    void pathsBelowTheDashboardsPageAreNotTheApp() throws Exception {
        mvc.perform(get("/dashboards/nowhere"))
                .andExpect(forwardedUrl(null))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyGetIsForwarded() throws Exception {
        mvc.perform(post("/dashboards"))
                .andExpect(forwardedUrl(null))
                .andExpect(status().isMethodNotAllowed());
    }
}
