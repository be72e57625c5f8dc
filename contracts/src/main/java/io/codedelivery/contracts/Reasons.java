package io.codedelivery.contracts;

/**
 * Keeps a reason short enough for a log line or a dead-letter header, whatever it quotes: a reason
 * built from a record must never grow with the record.
 */
public final class Reasons {

    public static final int MAX_LENGTH = 300;

    private Reasons() {
    }

    public static String bounded(String reason) {
        if (reason == null || reason.isBlank()) {
            return "no reason given";
        }
        if (reason.length() <= MAX_LENGTH) {
            return reason;
        }
        String cut = "... (" + reason.length() + " characters)";
        return reason.substring(0, MAX_LENGTH - cut.length()) + cut;
    }
}
