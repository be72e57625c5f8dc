package io.codedelivery.backend.security;

/**
 * {@code OPEN}: no sign-in, everyone is a dispatcher; allowed only while the backend listens on
 * loopback (a laptop). {@code SIGNED_IN}: every endpoint but health, metrics, the device API and
 * the web app's own files asks who is calling.
 */
public enum SecurityMode {
    OPEN("open"), SIGNED_IN("signed-in");

    private final String code;

    SecurityMode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
