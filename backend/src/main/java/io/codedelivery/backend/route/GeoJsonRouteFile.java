package io.codedelivery.backend.route;

import io.codedelivery.backend.json.JacksonProblems;
import tools.jackson.core.JacksonException;
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
            throw new InvalidRouteException("the file is not valid JSON: " + plain(e) + JacksonProblems.where(e.getLocation()));
        } catch (JacksonException e) {
            throw new InvalidRouteException(JacksonProblems.path(e, "the file") + ": " + plain(e) + JacksonProblems.where(e.getLocation()));
        }
        if (body == null) {
            throw new InvalidRouteException("the file holds no route: it is empty or null");
        }
        return body.draft(limits);
    }

    /** Jackson's message without its hints to developers and its mentions of the (hidden) source. */
    private static String plain(JacksonException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return JacksonProblems.plain(message.replaceAll("\\s*\\(for [^(]*\\[Source:[^\\]]*]\\)", ""));
    }
}
