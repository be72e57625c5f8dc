package io.codedelivery.backend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MapSettingsTest {

    @Test
    void mapLibreWithTheBuiltInStyleUnlessToldOtherwise() {
        MapSettings settings = new MapSettings("", "", "", "");
        assertThat(settings.provider()).isEqualTo(MapSettings.Provider.MAPLIBRE);
        assertThat(settings.styleUrl()).isNull();
        assertThat(settings.googleMapsApiKey()).isNull();
    }

    @Test
    void googleWhenAskedForWithAKey() {
        MapSettings settings = new MapSettings("", "Google", "browser-key", "map-1");
        assertThat(settings.provider()).isEqualTo(MapSettings.Provider.GOOGLE);
        assertThat(settings.googleMapsApiKey()).isEqualTo("browser-key");
        assertThat(settings.googleMapsMapId()).isEqualTo("map-1");
        assertThat(ClientConfigController.ClientConfig.of(settings).mapProvider().wire()).isEqualTo("google");
    }

    @Test
    void googleWithoutAKeyStaysOnMapLibreAndHandsOutNoKey() {
        MapSettings settings = new MapSettings("https://tiles.example/style.json", "google", " ", "map-1");
        assertThat(settings.provider()).isEqualTo(MapSettings.Provider.MAPLIBRE);
        assertThat(settings.googleMapsMapId()).isNull();
        assertThat(settings.styleUrl()).isEqualTo("https://tiles.example/style.json");
    }

    @Test
    void anUnknownProviderIsAClearStartupError() {
        assertThatThrownBy(() -> new MapSettings("", "bing", "", ""))
                .hasMessage("MAP_PROVIDER must be maplibre or google, not 'bing'");
    }
}
