package io.codedelivery.devstack;

import io.codedelivery.contracts.SearchIndices;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/** Where the local stack keeps its data and which loopback ports it takes; every value from the environment. */
record StackSettings(
        Path home, int kafkaPort, int kafkaControllerPort, int mongoPort, int httpPort, int simulatorPort,
        Path backendJar, Path simulatorJar, boolean search, int searchPort, int connectPort, Path connectPlugin,
        SearchIndices indices) {

    static StackSettings fromEnvironment(Map<String, String> env, Path backendJar, Path simulatorJar) {
        return fromEnvironment(env, backendJar, simulatorJar, null);
    }

    /** {@code connectPlugin}: our sink plugin's jar; without it (or with {@code CODEDELIVERY_SEARCH=off}) no search engine runs. */
    static StackSettings fromEnvironment(Map<String, String> env, Path backendJar, Path simulatorJar,
            Path connectPlugin) {
        String search = env.getOrDefault("CODEDELIVERY_SEARCH", "on").trim();
        if (!search.equals("on") && !search.equals("off")) {
            throw new IllegalArgumentException("CODEDELIVERY_SEARCH must be on or off, was '" + search + "'");
        }
        return new StackSettings(
                Path.of(env.getOrDefault("CODEDELIVERY_HOME", ".codedelivery")).toAbsolutePath(),
                port(env, "KAFKA_PORT", 9092),
                port(env, "KAFKA_CONTROLLER_PORT", 9093),
                port(env, "MONGO_PORT", 27017),
                port(env, "HTTP_PORT", 8080),
                port(env, "SIMULATOR_PORT", 8081),
                backendJar,
                simulatorJar,
                search.equals("on") && connectPlugin != null,
                port(env, "SEARCH_PORT", 9200),
                port(env, "CONNECT_PORT", 8083),
                connectPlugin,
                SearchIndices.fromEnvironment(env::get));
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number (1-65535), was '" + value + "'");
        }
    }

    /** Where {@code up} runs the backend (it binds to loopback; {@code up} prints it as localhost). */
    URI backendUrl() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    String searchUrl() {
        return "http://127.0.0.1:" + searchPort;
    }

    Path logs() {
        return home.resolve("logs");
    }
}
