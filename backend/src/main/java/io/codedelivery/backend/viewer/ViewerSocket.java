package io.codedelivery.backend.viewer;

import java.io.IOException;

/** Where a viewer's frames go: a WebSocket session in the application, a list in tests. */
interface ViewerSocket {

    String id();

    void send(String frame) throws IOException;

    void close();
}
