package io.codedelivery.connect;

import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/** The settings of {@link GeoPointField}. */
final class GeoPointConfig extends AbstractConfig {

    static final String FIELD = "field";
    static final String LAT_FIELD = "lat.field";
    static final String LON_FIELD = "lon.field";

    static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(FIELD, Type.STRING, "location", Validators.fieldName(), Importance.HIGH,
                    "The field added to the value: an object {\"lat\": <lat.field>, \"lon\": <lon.field>} that an index "
                            + "maps as geo_point. A field of that name already in the value is replaced.")
            .define(LAT_FIELD, Type.STRING, "lat", Validators.fieldName(), Importance.HIGH,
                    "The top-level field of the value that holds the latitude, a number within [-90, 90].")
            .define(LON_FIELD, Type.STRING, "lng", Validators.fieldName(), Importance.HIGH,
                    "The top-level field of the value that holds the longitude, a number within [-180, 180].");

    GeoPointConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        if (Stream.of(field(), latField(), lonField()).distinct().count() < 3) {
            throw new ConfigException(FIELD + ", " + LAT_FIELD + " and " + LON_FIELD + " must name three different fields, got "
                    + field() + ", " + latField() + " and " + lonField());
        }
    }

    String field() {
        return getString(FIELD);
    }

    String latField() {
        return getString(LAT_FIELD);
    }

    String lonField() {
        return getString(LON_FIELD);
    }
}
