package io.codedelivery.backend.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The Content-Security-Policy of every answer. Scripts only from the app's own origin (no inline
 * script, no eval), so an injected string cannot run; no plugins, no framing, no foreign base or
 * form target. The map needs more, and only that: MapLibre runs its workers from {@code blob:} URLs
 * and loads tiles, styles and glyphs over HTTPS from whatever servers the style names (any, since
 * {@code MAP_STYLE_URL} may point anywhere); styles may be inline (the map and Google set element
 * styles). With the Google provider, Google's documented hosts for the Maps JavaScript API are added.
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    static String of(MapSettings.Provider provider) {
        boolean google = provider == MapSettings.Provider.GOOGLE;
        List<String> directives = new ArrayList<>();
        directives.add("default-src 'self'");
        directives.add(google
                ? "script-src 'self' 'unsafe-eval' blob: https://*.googleapis.com https://maps.gstatic.com https://*.ggpht.com"
                : "script-src 'self'");
        directives.add(google ? "style-src 'self' 'unsafe-inline' https://fonts.googleapis.com"
                : "style-src 'self' 'unsafe-inline'");
        directives.add("img-src 'self' data: blob: https:");
        directives.add("font-src 'self' data: https:");
        directives.add("connect-src 'self' https: data: blob:");
        directives.add("worker-src 'self' blob:");
        directives.add("child-src 'self' blob:");
        directives.add(google ? "frame-src 'self' https://*.google.com" : "frame-src 'self'");
        directives.add("manifest-src 'self'");
        directives.add("frame-ancestors 'none'");
        directives.add("object-src 'none'");
        directives.add("base-uri 'self'");
        directives.add("form-action 'self'");
        return String.join("; ", directives);
    }
}
