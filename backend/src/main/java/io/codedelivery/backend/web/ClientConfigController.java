package io.codedelivery.backend.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the web app reads at start: the map style to use (null for the built-in OpenStreetMap style). */
@RestController
class ClientConfigController {

    record ClientConfig(String mapStyleUrl) {
    }

    private final ClientConfig config;

    ClientConfigController(@Value("${codedelivery.web.map-style-url:}") String mapStyleUrl) {
        this.config = new ClientConfig(mapStyleUrl.isBlank() ? null : mapStyleUrl);
    }

    @GetMapping("/api/config")
    ClientConfig config() {
        return config;
    }
}
