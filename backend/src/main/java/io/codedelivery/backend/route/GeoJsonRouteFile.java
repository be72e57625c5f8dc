package io.codedelivery.backend.route;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads a route from a GeoJSON or JSON file, in any shape {@link RouteBody} takes. */
final class GeoJsonRouteFile {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private GeoJsonRouteFile() {
    }

    static RouteDraft read(byte[] file, RouteSettings limits) {
        if (new String(file, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw new InvalidRouteException("the file is empty");
        }
        RouteBody body;
        try {
            body = JSON.readValue(file, RouteBody.class);
        } catch (StreamReadException e) {
            throw new InvalidRouteException("the file is not valid JSON: " + plain(e) + where(e.getLocation()));
        } catch (JacksonException e) {
            throw new InvalidRouteException(path(e) + ": " + plain(e) + where(e.getLocation()));
        }
        if (body == null) {
            throw new InvalidRouteException("the file holds no route: it is empty or null");
        }
        return body.draft(limits);
    }

    /** Jackson's message without its hints to developers and its mentions of the (hidden) source. */
    private static String plain(JacksonException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return message.replaceAll("\\s*\\(for [^(]*\\[Source:[^\\]]*]\\)", "")
                .replaceAll(":? enable `[^`]*` to allow", "")
                .replaceAll(", from `[^`]*`", "");
    }

    /** A JSON path such as {@code $.geometry.coordinates[3][1]}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 1 ? "the file" : path.toString();
    }

    private static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
