package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FailoverProxyTest {

    private static final String READINESS = "/ready";
    private final List<HttpServer> servers = new ArrayList<>();
    private FailoverProxy proxy;

    @AfterEach
    void stop() {
        if (proxy != null) {
            proxy.close();
        }
        servers.forEach(server -> server.stop(0));
    }

    @Test
    void connectionsGoRoundRobinOverTheReadyReplicas() throws Exception {
        proxy = FailoverProxy.start(Ports.free(), List.of(replica("one", 200), replica("two", 200)), READINESS);

        await().atMost(Duration.ofSeconds(10)).until(() -> whoAnswers(4).containsAll(List.of("one", "two")));
        List<String> answers = whoAnswers(6);

        assertThat(answers).containsExactlyInAnyOrder("one", "two", "one", "two", "one", "two");
    }

    @Test
    void aReplicaThatIsNotReadyGetsNoConnection() throws Exception {
        URI notReady = replica("starting", 503);
        proxy = FailoverProxy.start(Ports.free(), List.of(notReady, replica("ready", 200)), READINESS);

        await().atMost(Duration.ofSeconds(10)).until(() -> whoAnswers(1).equals(List.of("ready")));
        assertThat(whoAnswers(6)).containsOnly("ready");
    }

    @Test
    void aDeadReplicaIsSkippedWithoutFailingAConnection() throws Exception {
        URI dead = replica("dead", 200);
        proxy = FailoverProxy.start(Ports.free(), List.of(dead, replica("alive", 200)), READINESS);
        await().atMost(Duration.ofSeconds(10)).until(() -> whoAnswers(4).contains("dead"));

        servers.getFirst().stop(0);

        assertThat(whoAnswers(6)).containsOnly("alive");
    }

    @Test
    void bytesPassBothWaysAndAConnectionEndsWhenItsReplicaDies() throws Exception {
        try (ServerSocket replica = new ServerSocket(0, 16, InetAddress.getLoopbackAddress())) {
            replica.setSoTimeout(10_000);
            proxy = FailoverProxy.start(Ports.free(), List.of(URI.create("http://127.0.0.1:" + replica.getLocalPort())),
                    READINESS);
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
                client.setSoTimeout(10_000);
                client.getOutputStream().write("ping".getBytes(StandardCharsets.US_ASCII));
                Socket upstream = acceptRelayed(replica);
                upstream.getOutputStream().write("pong".getBytes(StandardCharsets.US_ASCII));
                assertThat(new String(client.getInputStream().readNBytes(4), StandardCharsets.US_ASCII)).isEqualTo("pong");

                upstream.close();

                assertThat(client.getInputStream().read()).isEqualTo(-1);
            }
        }
    }

    /** The connection the proxy relayed "ping" on; the proxy's readiness checks connect too, and are closed. */
    private static Socket acceptRelayed(ServerSocket replica) throws IOException {
        while (true) {
            Socket accepted = replica.accept();
            accepted.setSoTimeout(10_000);
            if (new String(accepted.getInputStream().readNBytes(4), StandardCharsets.US_ASCII).equals("ping")) {
                return accepted;
            }
            accepted.close();
        }
    }

    private List<String> whoAnswers(int connections) {
        return IntStream.range(0, connections).mapToObj(i -> who()).toList();
    }

    private String who() {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /who HTTP/1.0\r\nHost: proxy\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return response.substring(response.indexOf("\r\n\r\n") + 4);
        } catch (IOException e) {
            return "failed: " + e.getMessage();
        }
    }

    private URI replica(String name, int readinessStatus) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(READINESS, exchange -> answer(exchange, readinessStatus, ""));
        server.createContext("/who", exchange -> answer(exchange, 200, name));
        server.start();
        servers.add(server);
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
