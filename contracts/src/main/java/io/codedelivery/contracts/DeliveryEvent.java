package io.codedelivery.contracts;

/** An event about one delivery; its records are keyed by this id, so a delivery's events stay in order. */
public interface DeliveryEvent {

    String deliveryId();
}
