package io.codedelivery.backend.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the web app reads at start: which map to draw and how (docs/api.md, {@code GET /api/config}). */
@RestController
@Tag(name = "Configuration", description = "What the web app reads at start")
class ClientConfigController {

    private final ClientConfig config;

    ClientConfigController(MapSettings map) {
        this.config = ClientConfig.of(map);
    }

    @GetMapping("/api/config")
    @Operation(operationId = "getConfig", summary = "The web app's configuration")
    @ApiResponse(responseCode = "200", description = "the configuration")
    ClientConfig config() {
        return config;
    }

    /**
     * {@code mapStyleUrl}: the MapLibre basemap style, null for the built-in one; {@code mapProvider}:
     * {@code google} only when a Google Maps key is configured; the key is a browser key (restricted
     * to the site's referrers in the Google Cloud console), so serving it to browsers is its purpose.
     */
    @Schema(name = "AppConfig")
    record ClientConfig(@Nullable String mapStyleUrl, MapSettings.Provider mapProvider,
            @Nullable String googleMapsApiKey,
            @Nullable String googleMapsMapId) {

        static ClientConfig of(MapSettings map) {
            return new ClientConfig(map.styleUrl(), map.provider(), map.googleMapsApiKey(), map.googleMapsMapId());
        }
    }
}
