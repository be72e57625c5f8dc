package io.codedelivery.backend.delivery;

import java.util.List;

/** One page of the history, and how many deliveries the query selects in all. */
record DeliveryPage(List<Delivery> items, int page, int size, long total) {
}
