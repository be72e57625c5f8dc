package io.codedelivery.backend.viewer;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Smaller buffers for every socket. Tomcat gives each connection an 8 K read and an 8 K write
 * buffer, and each WebSocket two 8 K output buffers: at 10,000 browsers 320 MB of a 1 GB heap, most of
 * the backend's live set, and the full collections it caused made the seed's workload miss its p99
 * (docs/performance.md). A viewer's frame is about 150 bytes; a bigger one (a fleet's snapshot) goes
 * out in more, smaller writes, as fragments of one message.
 */
@Component
class ViewerSocketBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    /** Tomcat's only way to size a WebSocket's output buffers; a value given to the JVM is kept. */
    static final String OUTPUT_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final int OUTPUT_BUFFER_BYTES = 2048;
    /** Each connection's own read and write buffers: requests and viewers' messages are short, large bodies bypass them. */
    static final int CONNECTION_BUFFER_BYTES = 1024;

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // read once, when Tomcat's WebSocket classes load, which is after the factory is customized
        if (System.getProperty(OUTPUT_BUFFER_PROPERTY) == null) {
            System.setProperty(OUTPUT_BUFFER_PROPERTY, Integer.toString(OUTPUT_BUFFER_BYTES));
        }
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", Integer.toString(CONNECTION_BUFFER_BYTES));
            connector.setProperty("socket.appWriteBufSize", Integer.toString(CONNECTION_BUFFER_BYTES));
        });
    }
}
