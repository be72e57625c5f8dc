package io.codedelivery.devstack.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A browser that opens the live socket and then never reads a byte, as a frozen tab or a dead
 * network path does: the server's sends to it soon block.
 */
public final class StalledViewer implements AutoCloseable {

    private final Socket socket = new Socket();

    private StalledViewer(URI uri) throws IOException {
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String upgrade = "GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nOrigin: " + ViewerClient.originOf(uri)
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(upgrade.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    public static StalledViewer connect(URI uri) throws IOException {
        return new StalledViewer(uri);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
