package io.codedelivery.backend.web;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The map the web app draws: MapLibre with OpenStreetMap by default ({@code MAP_STYLE_URL} names
 * another style), Google Maps when {@code MAP_PROVIDER=google} and a browser key is set
 * ({@code GOOGLE_MAPS_API_KEY}, and {@code GOOGLE_MAPS_MAP_ID} for its vector map with Advanced Markers).
 */
@Component
class MapSettings {

    private static final Logger log = LoggerFactory.getLogger(MapSettings.class);

    enum Provider {
        MAPLIBRE, GOOGLE;

        @JsonValue
        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final @Nullable String styleUrl;
    private final Provider provider;
    private final @Nullable String googleMapsApiKey;
    private final @Nullable String googleMapsMapId;

    MapSettings(@Value("${codedelivery.web.map-style-url:}") String styleUrl,
            @Value("${codedelivery.web.map-provider:maplibre}") String provider,
            @Value("${codedelivery.web.google-maps-api-key:}") String googleMapsApiKey,
            @Value("${codedelivery.web.google-maps-map-id:}") String googleMapsMapId) {
        this.styleUrl = blankToNull(styleUrl);
        this.googleMapsApiKey = blankToNull(googleMapsApiKey);
        this.googleMapsMapId = blankToNull(googleMapsMapId);
        this.provider = chosen(provider, this.googleMapsApiKey);
    }

    private static Provider chosen(String provider, @Nullable String googleMapsApiKey) {
        String name = provider.trim().toLowerCase(Locale.ROOT);
        if (name.equals("google")) {
            if (googleMapsApiKey != null) {
                return Provider.GOOGLE;
            }
            log.warn("MAP_PROVIDER is google but GOOGLE_MAPS_API_KEY is not set: the web app uses MapLibre");
            return Provider.MAPLIBRE;
        }
        if (!name.isEmpty() && !name.equals("maplibre")) {
            throw new IllegalArgumentException("MAP_PROVIDER must be maplibre or google, not '" + provider + "'");
        }
        return Provider.MAPLIBRE;
    }

    private static @Nullable String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Nullable String styleUrl() {
        return styleUrl;
    }

    Provider provider() {
        return provider;
    }

    @Nullable String googleMapsApiKey() {
        return provider == Provider.GOOGLE ? googleMapsApiKey : null;
    }

    @Nullable String googleMapsMapId() {
        return provider == Provider.GOOGLE ? googleMapsMapId : null;
    }
}
