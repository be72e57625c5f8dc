package io.codedelivery.devstack.opensearch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.geo.GeoModulePlugin;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A single-node OpenSearch with the modules we use, started from jars on the classpath instead of
 * a distribution's {@code modules/} folder. Arguments: the home folder (holding
 * {@code config/log4j2.properties}) and the HTTP port. Stops cleanly on SIGTERM.
 */
public final class OpenSearchMain {

    private static final String NODE_NAME = "devstack";
    private static final List<Class<? extends Plugin>> MODULES = List.of(
            Netty4Plugin.class, CommonAnalysisPlugin.class, GeoModulePlugin.class, MapperExtrasPlugin.class);

    private OpenSearchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(
                settings(home, Integer.parseInt(args[1])), Map.of(), home.resolve("config"), () -> NODE_NAME);
        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName(NODE_NAME);
        LogConfigurator.configure(environment);

        ClasspathNode node = new ClasspathNode(environment);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "opensearch-stop"));
        node.start();
        stopped.await(); // the node's own threads are daemons: this one keeps the JVM alive
    }

    static Settings settings(Path home, int httpPort) {
        return Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "codedelivery")
                .put("node.name", NODE_NAME)
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                .put("bootstrap.memory_lock", false)
                // a dev machine's disk may be nearly full: do not turn indices read-only then
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
    }

    /** {@link Node} takes plugin classes only through its protected constructor. */
    private static final class ClasspathNode extends Node {

        ClasspathNode(Environment environment) {
            super(environment, MODULES, true);
        }
    }
}
