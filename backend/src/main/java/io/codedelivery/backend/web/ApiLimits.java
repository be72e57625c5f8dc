package io.codedelivery.backend.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code maxBodySize}: the largest request body the API reads (a route's geometry is the largest
 * legitimate one). {@code maxDeliveryBodySize}: the largest body of {@code POST /api/deliveries},
 * whose body is one route id. A body over its limit is answered 413, whether its length was
 * announced or it arrived chunked. A file sent to {@code POST /api/routes/import} is bounded by the
 * route feature itself ({@code ROUTE_MAX_IMPORT_BYTES}), so it is not limited here.
 */
@ConfigurationProperties("codedelivery.api")
record ApiLimits(@DefaultValue("2MB") DataSize maxBodySize, @DefaultValue("16KB") DataSize maxDeliveryBodySize) {

    static final String DELIVERIES = "/api/deliveries";
    static final String ROUTE_IMPORT = "/api/routes/import";

    /** The limit for one request: the delivery one for posting a delivery, the general one otherwise. */
    long limitFor(String method, String path) {
        if ("POST".equalsIgnoreCase(method) && (ROUTE_IMPORT.equals(path) || (ROUTE_IMPORT + "/").equals(path))) {
            return Long.MAX_VALUE;
        }
        boolean delivery = "POST".equalsIgnoreCase(method)
                && (DELIVERIES.equals(path) || (DELIVERIES + "/").equals(path));
        return (delivery ? maxDeliveryBodySize : maxBodySize).toBytes();
    }
}
