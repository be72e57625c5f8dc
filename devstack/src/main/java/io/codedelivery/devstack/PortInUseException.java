package io.codedelivery.devstack;

public class PortInUseException extends RuntimeException {

    private final int port;

    public PortInUseException(int port, String owner) {
        super("port " + port + " (" + owner + ") is already in use on 127.0.0.1");
        this.port = port;
    }

    public int port() {
        return port;
    }
}
