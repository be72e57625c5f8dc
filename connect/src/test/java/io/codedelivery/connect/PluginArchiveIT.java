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
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.components.Versioned;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.transforms.Transformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Checks what the build packaged for plugin.path: the zip, the self-contained jar inside it, and
 * that a class loader holding only that jar and Connect's API finds the connector and the
 * GeoPointField transform as services (plugin.discovery=service_load). Runs after package; needs no server.
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
    void theConnectorAndTheTransformRunInWorkersOnJava17() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (Class<?> plugin : List.of(SearchSinkConnector.class, GeoPointField.class)) {
                try (InputStream type = jar.getInputStream(jar.getEntry(plugin.getName().replace('.', '/') + ".class"))) {
                    byte[] header = type.readNBytes(8);
                    int major = ((header[6] & 0xff) << 8) | (header[7] & 0xff);
                    assertThat(major).as("class file version of %s (61 is Java 17)", plugin.getSimpleName()).isEqualTo(61);
                }
            }
        }
    }

    @Test
    void aServiceLoaderOverThePluginJarAloneFindsTheConnector(@TempDir Path dir) throws Exception {
        try (URLClassLoader plugin = pluginLoader(dir)) {
            Class<?> sinkConnector = plugin.loadClass(SinkConnector.class.getName());
            Object connector = ServiceLoader.load(sinkConnector, plugin).findFirst().orElseThrow();

            assertThat(connector.getClass().getName()).isEqualTo(SearchSinkConnector.class.getName());
            assertThat(connector.getClass().getClassLoader()).isSameAs(plugin);
            assertThat(sinkConnector.getMethod("version").invoke(connector)).isEqualTo(NAME.substring(NAME.lastIndexOf("sink-") + 5));
            // the document code starts the relocated Jackson it carries
            assertThat(Class.forName("io.codedelivery.connect.ValueConverter", true, plugin).getClassLoader()).isSameAs(plugin);
        }
    }

    @Test
    void aServiceLoaderOverThePluginJarAloneFindsTheGeoPointTransformAndItRuns(@TempDir Path dir) throws Exception {
        try (URLClassLoader plugin = pluginLoader(dir)) {
            Class<?> transformation = plugin.loadClass(Transformation.class.getName());
            Object transform = ServiceLoader.load(transformation, plugin).findFirst().orElseThrow();
            transformation.getMethod("configure", Map.class).invoke(transform, Map.of());
            Class<?> sinkRecord = plugin.loadClass(SinkRecord.class.getName());
            Class<?> schema = plugin.loadClass(Schema.class.getName());
            Object record = sinkRecord.getConstructor(String.class, int.class, schema, Object.class, schema, Object.class, long.class)
                    .newInstance("route.new-position", 0, null, "d1", null, "{\"lat\":-15.8,\"lng\":-47.9}", 0L);

            Object transformed = transformation.getMethod("apply", plugin.loadClass(ConnectRecord.class.getName()))
                    .invoke(transform, record);

            assertThat(transform.getClass().getName()).isEqualTo(GeoPointField.class.getName());
            assertThat(plugin.loadClass(Versioned.class.getName()).getMethod("version").invoke(transform))
                    .isEqualTo(NAME.substring(NAME.lastIndexOf("sink-") + 5));
            // the JSON is parsed and written by the relocated Jackson the jar carries
            assertThat(sinkRecord.getMethod("value").invoke(transformed))
                    .isEqualTo("{\"lat\":-15.8,\"lng\":-47.9,\"location\":{\"lat\":-15.8,\"lon\":-47.9}}");
        }
    }

    /** A class loader with the plugin jar from the zip and Connect's API, as a worker's plugin loader has. */
    private static URLClassLoader pluginLoader(Path dir) throws IOException {
        Path jar = dir.resolve(NAME + ".jar");
        try (ZipFile zip = new ZipFile(ZIP.toFile()); InputStream in = zip.getInputStream(zip.getEntry(NAME + "/lib/" + NAME + ".jar"))) {
            Files.copy(in, jar);
        }
        List<URL> urls = new ArrayList<>(List.of(jar.toUri().toURL(), locationOf(SinkConnector.class),
                locationOf(ConfigDef.class), locationOf(LoggerFactory.class)));
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static URL locationOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
