package io.codedelivery.backend.viewer;

import java.util.function.Consumer;

/** Where a viewer's frames go: a WebSocket session in the application, a recording in tests. */
interface ViewerSocket {

    /** Close code for a socket that could not take a frame within the send timeout. */
    int STALLED = 4001;

    /** Close code for a socket whose send failed otherwise. */
    int FAILED = 1011;

    /** Close code for every socket when the replica shuts down: the browser reconnects to another at once. */
    int GOING_AWAY = 1001;

    String id();

    /**
     * Starts sending a text frame without waiting for it to be written; {@code done} is told, on
     * whichever thread, {@code null} once it was or why it was not.
     */
    void send(String frame, Consumer<Throwable> done);

    void close(int code, String reason);
}
