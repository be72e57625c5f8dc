package io.codedelivery.contracts;

/** An event about one delivery; its records are keyed by this id, so a delivery's events stay in order. */
public interface DeliveryEvent extends KeyedEvent {

    String deliveryId();

    @Override
    default String key() {
        return deliveryId();
    }

    @Override
    default String keyField() {
        return "deliveryId";
    }
}
