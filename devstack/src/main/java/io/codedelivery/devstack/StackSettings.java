package io.codedelivery.devstack;

import java.nio.file.Path;
import java.util.Map;

/** Where the local stack keeps its data and which loopback ports it takes; every value from the environment. */
record StackSettings(
        Path home, int kafkaPort, int kafkaControllerPort, int mongoPort, int httpPort, int simulatorPort,
        Path backendJar, Path simulatorJar) {

    static StackSettings fromEnvironment(Map<String, String> env, Path backendJar, Path simulatorJar) {
        return new StackSettings(
                Path.of(env.getOrDefault("CODEDELIVERY_HOME", ".codedelivery")).toAbsolutePath(),
                port(env, "KAFKA_PORT", 9092),
                port(env, "KAFKA_CONTROLLER_PORT", 9093),
                port(env, "MONGO_PORT", 27017),
                port(env, "HTTP_PORT", 8080),
                port(env, "SIMULATOR_PORT", 8081),
                backendJar,
                simulatorJar);
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

    Path logs() {
        return home.resolve("logs");
    }
}
