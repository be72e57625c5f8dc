package io.codedelivery.bench.viewer;

/**
 * What a viewer's socket reports: that it opened, then, from its selector thread, each whole text message
 * (fragments joined) stamped with the time its last bytes were read, and how it closed (once).
 */
interface ViewerListener {

    int ABNORMAL_CLOSURE = 1006;

    void opened();

    void text(String text, long receiptMicros);

    void closed(int code);

    /** Counts what a viewer receives into its tally. */
    static ViewerListener counting(ViewerTally tally) {
        return new ViewerListener() {

            @Override
            public void opened() {
                tally.connected();
            }

            @Override
            public void text(String text, long receiptMicros) {
                FrameReader.read(text, receiptMicros, tally);
            }

            @Override
            public void closed(int code) {
                tally.closed(code);
            }
        };
    }
}
