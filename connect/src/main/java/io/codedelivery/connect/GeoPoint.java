package io.codedelivery.connect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

/**
 * A point on the globe as a geo_point field takes it: an object with named members
 * {@code {"lat": .., "lon": ..}}, never an array, which Elasticsearch and OpenSearch read as [lon, lat].
 */
record GeoPoint(double lat, double lon) {

    static final Schema SCHEMA = SchemaBuilder.struct().optional()
            .field("lat", Schema.FLOAT64_SCHEMA)
            .field("lon", Schema.FLOAT64_SCHEMA)
            .build();

    /** The point, when both are finite numbers within [-90, 90] and [-180, 180]. */
    static Optional<GeoPoint> of(Object lat, Object lon) {
        if (lat instanceof Number latitude && lon instanceof Number longitude) {
            double la = latitude.doubleValue();
            double lo = longitude.doubleValue();
            if (Math.abs(la) <= 90 && Math.abs(lo) <= 180) {
                return Optional.of(new GeoPoint(la, lo));
            }
        }
        return Optional.empty();
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("lat", lat);
        map.put("lon", lon);
        return map;
    }

    Struct toStruct() {
        return new Struct(SCHEMA).put("lat", lat).put("lon", lon);
    }
}
