package io.codedelivery.bench.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Keeps what a socket reports, for the tests to wait on. */
final class RecordingListener implements ViewerListener {

    private static final long WAIT_SECONDS = 20;

    final AtomicInteger opened = new AtomicInteger();
    private final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    private final BlockingQueue<Integer> closes = new LinkedBlockingQueue<>();

    @Override
    public void opened() {
        opened.incrementAndGet();
    }

    @Override
    public void text(String text, long receiptMicros) {
        texts.add(text);
    }

    @Override
    public void closed(int code) {
        closes.add(code);
    }

    String nextText() throws InterruptedException {
        String text = texts.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(text).as("a text message within %d s", WAIT_SECONDS).isNotNull();
        return text;
    }

    int nextClose() throws InterruptedException {
        Integer code = closes.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(code).as("a close within %d s", WAIT_SECONDS).isNotNull();
        return code;
    }

    boolean anyMoreClose() {
        return !closes.isEmpty();
    }

    boolean anyMoreText() {
        return !texts.isEmpty();
    }
}
