package io.codedelivery.backend.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the web app reads at start: the map style to use (null for the built-in OpenStreetMap style). */
@RestController
@Tag(name = "Configuration", description = "What the web app reads at start")
class ClientConfigController {

    /** {@code mapStyleUrl}: the basemap style; null for the built-in one. */
    @Schema(name = "AppConfig")
    record ClientConfig(@Nullable String mapStyleUrl) {
    }

    private final ClientConfig config;

    ClientConfigController(@Value("${codedelivery.web.map-style-url:}") String mapStyleUrl) {
        this.config = new ClientConfig(mapStyleUrl.isBlank() ? null : mapStyleUrl);
    }

    @GetMapping("/api/config")
    @Operation(operationId = "getConfig", summary = "The web app's configuration")
    @ApiResponse(responseCode = "200", description = "the configuration")
    ClientConfig config() {
        return config;
    }
}
