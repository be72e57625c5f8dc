package io.codedelivery.backend.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one shape of every error answer, application/problem+json, shared by the MVC handlers, the
 * {@code /error} controller, the body size filter and Tomcat's error report valve. A detail is
 * bounded and free of control characters, so an error never echoes a huge or hostile input.
 */
final class Problems {

    static final int MAX_DETAIL_LENGTH = 300;
    static final int MAX_INSTANCE_LENGTH = 200;
    static final String PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private Problems() {
    }

    static ProblemDetail of(HttpStatusCode status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title);
        problem.setDetail(bounded(detail));
        return problem;
    }

    /** The reason phrase of a status, or "Error" for one HTTP does not name. */
    static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    /** The detail of an error nothing more is known about than its status. */
    static String detailFor(int status) {
        return switch (status) {
            case 400 -> "the request is malformed: its request line, path encoding, headers or body framing cannot be read";
            case 404 -> "there is nothing at this path";
            case 405 -> "this path does not take this method";
            case 406 -> "the answer cannot be given in a media type the Accept header allows (the API answers application/json)";
            case 415 -> "the body's Content-Type cannot be read here (the API reads application/json)";
            default -> title(status);
        };
    }

    /** At most {@link #MAX_DETAIL_LENGTH} characters, control characters replaced; null stays null. */
    static String bounded(String text) {
        if (text == null) {
            return null;
        }
        String shortened = text.length() > MAX_DETAIL_LENGTH ? text.substring(0, MAX_DETAIL_LENGTH - 1) + "…" : text;
        StringBuilder clean = new StringBuilder(shortened.length());
        shortened.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return clean.toString();
    }

    /** The request path as the problem's instance, when it is short and a valid URI reference. */
    static URI instance(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_INSTANCE_LENGTH) {
            return null;
        }
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The problem as JSON in ASCII (other characters escaped); no type means about:blank, as in Spring's answers. */
    static String json(int status, String title, String detail, URI instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("status", status);
        body.put("detail", bounded(detail));
        if (instance != null) {
            body.put("instance", instance.toString());
        }
        return JSON.writeValueAsString(body);
    }

    /** Writes the problem as the whole answer; the caller has checked the response is not committed. */
    static void write(HttpServletResponse response, int status, String detail, URI instance) throws IOException {
        byte[] body = json(status, title(status), detail, instance).getBytes(StandardCharsets.US_ASCII);
        response.setStatus(status);
        response.setContentType(PROBLEM_JSON);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
