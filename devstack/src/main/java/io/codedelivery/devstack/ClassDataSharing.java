package io.codedelivery.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes a warm {@code up} start faster: each JVM of the stack keeps the classes it loaded in a
 * class-data-sharing archive under {@code <home>/cds/} and maps it at the next start instead of
 * loading, parsing and verifying them again (measured: the backend's start took 9 CPU-seconds
 * instead of 18). On Java 19 and later the JVM writes the archive at exit when it is missing or no
 * longer matches (another jar, other options) and uses it otherwise; OpenSearch's Java 17 writes it
 * once and then uses it. A Spring Boot jar is unpacked first ({@code -Djarmode=tools extract}): the
 * archive only holds classes read from plain jars. Only {@code up} turns this on; tests and the
 * bench start every process from scratch.
 */
final class ClassDataSharing {

    private static volatile Path folder;

    private ClassDataSharing() {
    }

    /**
     * From now on, the processes this JVM starts keep their archives in {@code cdsFolder}, created
     * here: a JVM that cannot write its archive at exit fails.
     */
    static void enableIn(Path cdsFolder) {
        try {
            folder = Files.createDirectories(cdsFolder.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + cdsFolder, e);
        }
    }

    /** Back to starting every process from scratch (for tests). */
    static void disable() {
        folder = null;
    }

    /** The options that make a JVM named {@code name} use, or write, its archive; none when not enabled. */
    static List<String> options(String name, boolean java19OrLater) {
        Path base = folder;
        if (base == null) {
            return List.of();
        }
        Path archive = base.resolve(name + ".jsa");
        if (java19OrLater) {
            return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive);
        }
        return Files.exists(archive) ? List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto")
                : List.of("-XX:ArchiveClassesAtExit=" + archive);
    }

    /**
     * The jar to run for a Spring Boot executable jar: unpacked under the archive folder (again
     * whenever the jar changes), or the jar itself when not enabled.
     */
    static Path runnable(String name, Path bootJar) {
        Path base = folder;
        if (base == null) {
            return bootJar;
        }
        Path destination = base.resolve(name);
        Path unpacked = destination.resolve(bootJar.getFileName());
        Path stamp = destination.resolve(".source");
        try {
            String source = bootJar.toAbsolutePath() + " " + Files.size(bootJar) + " " + Files.getLastModifiedTime(bootJar);
            if (Files.exists(unpacked) && Files.exists(stamp) && Files.readString(stamp).equals(source)) {
                return unpacked;
            }
            Files.createDirectories(base);
            deleteRecursively(destination);
            Process extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djarmode=tools", "-jar", bootJar.toString(), "extract", "--destination", destination.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!extract.waitFor(60, TimeUnit.SECONDS) || extract.exitValue() != 0 || !Files.exists(unpacked)) {
                extract.destroyForcibly();
                return bootJar;
            }
            Files.writeString(stamp, source);
            return unpacked;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + bootJar + " into " + destination, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return bootJar;
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path each : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
