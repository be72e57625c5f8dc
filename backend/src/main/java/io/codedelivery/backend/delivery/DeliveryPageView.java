package io.codedelivery.backend.delivery;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of the delivery history: {@code total} is how many deliveries the filters select in all. */
@Schema(name = "DeliveryPage")
record DeliveryPageView(List<DeliveryView> items, int page, int size, long total) {

    static DeliveryPageView of(DeliveryPage page) {
        return new DeliveryPageView(page.items().stream().map(DeliveryView::of).toList(), page.page(), page.size(),
                page.total());
    }
}
