package io.codedelivery.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the {@code java} of a Java 17 JDK, for servers that do not run on ours (OpenSearch 2.x
 * predates JDK 24's removal of the Security Manager and supports 11, 17 and 21): {@code JAVA17_HOME}
 * first, then the {@code java} on the PATH if it is 17, then the folders under {@code /usr/lib/jvm}.
 */
final class Jdk17 {

    static final String HOME_VARIABLE = "JAVA17_HOME";
    private static final Path JVM_FOLDER = Path.of("/usr/lib/jvm");

    private Jdk17() {
    }

    static Path java() {
        String configured = System.getenv(HOME_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            Path java = javaOf(Path.of(configured));
            if (!Files.isExecutable(java)) {
                throw new IllegalStateException(HOME_VARIABLE + "=" + configured + " has no bin/java");
            }
            return java;
        }
        return candidates().stream().filter(home -> majorVersion(home) == 17).map(Jdk17::javaOf)
                .filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("OpenSearch 2.x needs a Java 17 JDK: set " + HOME_VARIABLE
                        + " to one (none is the default java, none is under " + JVM_FOLDER + ")"));
    }

    private static List<Path> candidates() {
        List<Path> homes = new ArrayList<>();
        onPath().ifPresent(homes::add);
        if (Files.isDirectory(JVM_FOLDER)) {
            try (Stream<Path> folders = Files.list(JVM_FOLDER)) {
                folders.filter(f -> f.getFileName().toString().contains("17")).sorted().forEach(homes::add);
            } catch (IOException e) {
                // no candidates from there
            }
        }
        return homes;
    }

    /** The JDK home of the {@code java} found first on the PATH, through its symbolic links. */
    private static Optional<Path> onPath() {
        String path = System.getenv("PATH");
        return path == null ? Optional.empty() : Arrays.stream(path.split(java.io.File.pathSeparator))
                .filter(folder -> !folder.isBlank())
                .map(folder -> Path.of(folder, "java")).filter(Files::isExecutable).findFirst()
                .flatMap(Jdk17::realHome);
    }

    private static Optional<Path> realHome(Path java) {
        try {
            return Optional.ofNullable(java.toRealPath().getParent()).map(Path::getParent);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The feature version from the JDK's {@code release} file ({@code JAVA_VERSION="17.0.15"}); 0 when unknown. */
    static int majorVersion(Path home) {
        try (Stream<String> lines = Files.lines(home.resolve("release"))) {
            return lines.filter(line -> line.startsWith("JAVA_VERSION=")).findFirst()
                    .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", ""))
                    .map(version -> version.startsWith("1.") ? version.substring(2) : version)
                    .map(version -> Integer.parseInt(version.split("[.+-]")[0]))
                    .orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static Path javaOf(Path home) {
        return home.resolve("bin").resolve("java");
    }
}
