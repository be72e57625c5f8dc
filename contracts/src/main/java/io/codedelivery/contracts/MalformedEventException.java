package io.codedelivery.contracts;

/** An event's bytes could not be read as the expected record; the message says why, in bounded length. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(Reasons.bounded(message), cause);
    }
}
