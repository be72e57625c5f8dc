package io.codedelivery.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes the report as JSON, and its text beside it. */
public final class JsonReport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonReport() {
    }

    public static void write(BenchReport report, Path json, Path text) throws IOException {
        Path folder = json.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Files.writeString(json, JSON.writeValueAsString(report));
        Files.writeString(text, TextReport.of(report));
    }
}
