package io.codedelivery.backend.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Comparator;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description served at {@code /v3/api-docs} (and browsed at {@code /swagger-ui.html}),
 * checked in as {@code docs/openapi.json}. Controllers say what each operation answers with
 * {@code @ApiResponse(responseCode, description)}; every error answer gets the one {@code Problem}
 * schema as {@code application/problem+json} here, so the features need nothing of this package.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Bean
    OpenAPI codeDeliveryApi() {
        return new OpenAPI()
                .info(new Info().title("Code Delivery API").version("1")
                        .description("Routes, deliveries, the web app's configuration and the dashboards. The live "
                                + "feed is a WebSocket (/ws, viewer protocol version 1), described in docs/api.md."))
                // a fixed server keeps the served description the same on every port, as checked in
                .servers(List.of(new Server().url("/").description("the server this description came from")));
    }

    /** Every error answer is a Problem; tags sorted by name, so the description is the same on every start. */
    @Bean
    OpenApiCustomizer problemAnswersInOpenApi() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            if (api.getTags() != null) {
                api.getTags().sort(Comparator.comparing(Tag::getName));
            }
            Content problem = new Content().addMediaType(PROBLEM_JSON,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    operation.getResponses().forEach((code, response) -> {
                        if (isError(code)) {
                            response.setContent(problem);
                        }
                    })));
        };
    }

    @Bean
    RecordSchemas recordSchemas() {
        return new RecordSchemas();
    }

    private static boolean isError(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }

    /** RFC 9457 as docs/api.md (Errors) describes it: {@code type} and {@code instance} may be left out. */
    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An error answer (RFC 9457, application/problem+json).")
                .addProperty("type", new StringSchema().format("uri").description("left out: about:blank"))
                .addProperty("title", new StringSchema().description("a short name for the kind of error"))
                .addProperty("status", new IntegerSchema().description("the HTTP status again"))
                .addProperty("detail", new StringSchema().description("what is wrong, for a person"))
                .addProperty("instance", new StringSchema().format("uri").description("the path that was asked for"))
                .required(List.of("title", "status"));
    }
}
