package io.codedelivery.bench.viewer;

import io.codedelivery.bench.EpochMicros;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;

/** Receives one viewer's frames, whole (fragments joined), and stamps each with the time its last part arrived. */
final class ViewerListener implements WebSocket.Listener {

    private static final int ABNORMAL_CLOSURE = 1006;

    private final ViewerTally tally;
    private final StringBuilder partial = new StringBuilder();

    ViewerListener(ViewerTally tally) {
        this.tally = tally;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        tally.connected();
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        if (!last) {
            partial.append(data);
            webSocket.request(1);
            return null;
        }
        long receiptMicros = EpochMicros.now();
        String text = partial.isEmpty() ? data.toString() : partial.append(data).toString();
        partial.setLength(0);
        try {
            FrameReader.read(text, receiptMicros, tally);
        } finally {
            webSocket.request(1);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        tally.closed(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        tally.closed(ABNORMAL_CLOSURE);
    }
}
