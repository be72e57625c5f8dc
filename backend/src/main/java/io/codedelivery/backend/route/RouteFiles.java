package io.codedelivery.backend.route;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;

/** Reads a file sent to import, within its size limit, as GPX or as (Geo)JSON by its Content-Type. */
final class RouteFiles {

    static final String GPX = "application/gpx+xml";
    static final String GEO_JSON = "application/geo+json";
    static final String MISSING_TITLE = "title is required: give it as the title parameter, or in the file "
            + "(GPX: the track's or the file's <name>; GeoJSON: properties.title or properties.name)";

    private RouteFiles() {
    }

    static RouteDraft read(MediaType type, InputStream body, long announcedLength, RouteSettings limits) {
        if (announcedLength > limits.maxImportBytes()) {
            throw new RouteFileTooLargeException(limits.maxImportBytes());
        }
        byte[] file = bounded(body, limits.maxImportBytes());
        if (file.length == 0) {
            throw new InvalidRouteException("the request needs a file as its body");
        }
        return isXml(type) ? GpxRouteFile.read(file, limits) : GeoJsonRouteFile.read(file, limits);
    }

    private static boolean isXml(MediaType type) {
        return type.getSubtype().endsWith("xml");
    }

    private static byte[] bounded(InputStream body, long limit) {
        try {
            byte[] file = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (file.length > limit) {
                throw new RouteFileTooLargeException(limit);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
