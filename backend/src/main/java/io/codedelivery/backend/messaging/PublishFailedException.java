package io.codedelivery.backend.messaging;

public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String topic, Throwable cause) {
        super("could not publish to " + topic + ": " + cause.getMessage(), cause);
    }
}
