package io.codedelivery.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.backend.support.RunningBackend;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description the backend serves is the one checked in as {@code docs/openapi.json}, so a
 * change to the API shows in review. Run with {@code -Dopenapi.update=true} to rewrite the file.
 */
class OpenApiDescriptionIT {

    private static final Path CHECKED_IN = Path.of("..", "docs", "openapi.json");

    private static RunningBackend backend;

    @BeforeAll
    static void start() {
        backend = RunningBackend.start("openapi-" + UUID.randomUUID());
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void theServedDescriptionIsTheOneCheckedIn() throws Exception {
        HttpResponse<String> served = backend.get("/v3/api-docs");
        assertThat(served.statusCode()).isEqualTo(200);
        String description = served.body().strip() + "\n";
        assertThat(description).contains("\"openapi\" : \"3.1.0\"");
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(CHECKED_IN, description, StandardCharsets.UTF_8);
        }
        String checkedIn = Files.exists(CHECKED_IN) ? Files.readString(CHECKED_IN, StandardCharsets.UTF_8) : "";
        assertThat(description)
                .withFailMessage("The API's OpenAPI description differs from docs/openapi.json (%s). If the change is "
                        + "meant, rewrite the file (mvn -pl backend verify -Dit.test=OpenApiDescriptionIT -Dtest=NoSuch "
                        + "-Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.update=true), regenerate the web app's "
                        + "types (cd web && npm run types) and commit both.", firstDifference(checkedIn, description))
                .isEqualTo(checkedIn);
    }

    private static String firstDifference(String checkedIn, String served) {
        List<String> was = checkedIn.lines().toList();
        List<String> is = served.lines().toList();
        for (int i = 0; i < Math.max(was.size(), is.size()); i++) {
            String before = i < was.size() ? was.get(i) : "(end of file)";
            String now = i < is.size() ? is.get(i) : "(end of file)";
            if (!before.equals(now)) {
                return "line " + (i + 1) + ": checked in " + before.strip() + ", served " + now.strip();
            }
        }
        return "line endings";
    }

    @Test
    void swaggerUiCanBeBrowsed() throws Exception {
        HttpResponse<String> page = backend.get("/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("swagger");
        assertThat(backend.get("/swagger-ui.html").statusCode()).isIn(200, 302);
        assertThat(backend.get("/v3/api-docs/swagger-config").statusCode()).isEqualTo(200);
    }
}
