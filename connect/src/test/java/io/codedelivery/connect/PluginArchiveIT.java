package io.codedelivery.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.sink.SinkConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Checks what the build packaged for plugin.path: the zip, the self-contained jar inside it, and
 * that a class loader holding only that jar and Connect's API finds the connector as a service
 * (plugin.discovery=service_load). Runs after package; needs no server.
 */
class PluginArchiveIT {

    private static final String NAME = System.getProperty("plugin.name");
    private static final Path ZIP = Path.of(System.getProperty("plugin.zip"));
    private static final Path JAR = Path.of(System.getProperty("plugin.jar"));
    private static final String SERVICE = "META-INF/services/" + SinkConnector.class.getName();

    @Test
    void theZipHoldsThePluginJarInLibAndItsDocumentation() throws IOException {
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).filter(name -> !name.endsWith("/")).toList();

            assertThat(names).containsExactlyInAnyOrder(NAME + "/lib/" + NAME + ".jar", NAME + "/doc/README.md");
        }
    }

    @Test
    void theJarHoldsTheConnectorItsServiceFileAndARelocatedJackson() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();

            assertThat(names).contains("io/codedelivery/connect/SearchSinkConnector.class",
                    "io/codedelivery/connect/SearchSinkTask.class", SERVICE);
            assertThat(names).anyMatch(name -> name.startsWith("io/codedelivery/connect/shaded/jackson/databind/"));
            assertThat(names).noneMatch(name -> name.contains("tools/jackson/") || name.contains("com/fasterxml/")
                    || name.contains("org/apache/kafka/") || name.contains("org/slf4j/"));
            try (InputStream service = jar.getInputStream(jar.getEntry(SERVICE))) {
                assertThat(new String(service.readAllBytes(), StandardCharsets.UTF_8).strip())
                        .isEqualTo(SearchSinkConnector.class.getName());
            }
        }
    }

    @Test
    void theConnectorRunsInWorkersOnJava17() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile());
                InputStream connector = jar.getInputStream(jar.getEntry("io/codedelivery/connect/SearchSinkConnector.class"))) {
            byte[] header = connector.readNBytes(8);
            int major = ((header[6] & 0xff) << 8) | (header[7] & 0xff);
            assertThat(major).as("class file version (61 is Java 17)").isEqualTo(61);
        }
    }

    @Test
    void aServiceLoaderOverThePluginJarAloneFindsTheConnector(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve(NAME + ".jar");
        try (ZipFile zip = new ZipFile(ZIP.toFile()); InputStream in = zip.getInputStream(zip.getEntry(NAME + "/lib/" + NAME + ".jar"))) {
            Files.copy(in, jar);
        }
        List<URL> urls = new ArrayList<>(List.of(jar.toUri().toURL(), locationOf(SinkConnector.class),
                locationOf(ConfigDef.class), locationOf(LoggerFactory.class)));

        try (URLClassLoader plugin = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> sinkConnector = plugin.loadClass(SinkConnector.class.getName());
            Object connector = ServiceLoader.load(sinkConnector, plugin).findFirst().orElseThrow();

            assertThat(connector.getClass().getName()).isEqualTo(SearchSinkConnector.class.getName());
            assertThat(connector.getClass().getClassLoader()).isSameAs(plugin);
            assertThat(sinkConnector.getMethod("version").invoke(connector)).isEqualTo(NAME.substring(NAME.lastIndexOf("sink-") + 5));
            // the document code starts the relocated Jackson it carries
            assertThat(Class.forName("io.codedelivery.connect.ValueConverter", true, plugin).getClassLoader()).isSameAs(plugin);
        }
    }

    private static URL locationOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
