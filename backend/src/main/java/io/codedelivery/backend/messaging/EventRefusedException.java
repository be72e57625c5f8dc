package io.codedelivery.backend.messaging;

import io.codedelivery.contracts.Reasons;

/** An event that its topic's readers would refuse (too large, keyed wrong); it was not sent. */
public class EventRefusedException extends RuntimeException {

    public EventRefusedException(String reason) {
        super(Reasons.bounded(reason));
    }
}
