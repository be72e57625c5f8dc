package io.codedelivery.backend.viewer;

import io.codedelivery.contracts.PositionReported;
import java.util.Objects;

/** What a viewer watches: the whole fleet, one delivery, or a map area. */
sealed interface Scope {

    String kind();

    Fleet FLEET = new Fleet();

    record Fleet() implements Scope {
        @Override
        public String kind() {
            return "fleet";
        }
    }

    record OneDelivery(String deliveryId) implements Scope {
        static final int MAX_ID_LENGTH = 200;

        public OneDelivery {
            Objects.requireNonNull(deliveryId);
            if (deliveryId.isBlank() || deliveryId.length() > MAX_ID_LENGTH) {
                throw new InvalidScopeException("deliveryId must be 1 to " + MAX_ID_LENGTH + " characters");
            }
        }

        @Override
        public String kind() {
            return "delivery";
        }
    }

    /** Degrees; {@code west > east} is a box that crosses the antimeridian. */
    record Area(double west, double south, double east, double north) implements Scope {

        public Area {
            if (!inRange(west, 180) || !inRange(east, 180) || !inRange(south, 90) || !inRange(north, 90)) {
                throw new InvalidScopeException("bbox must be west,south,east,north within ±180 and ±90 degrees");
            }
            if (south > north) {
                throw new InvalidScopeException("bbox south must not be above north");
            }
        }

        private static boolean inRange(double value, double limit) {
            return Double.isFinite(value) && Math.abs(value) <= limit;
        }

        boolean contains(PositionReported position) {
            double lat = position.lat();
            double lng = position.lng();
            boolean withinLongitude = west <= east ? lng >= west && lng <= east : lng >= west || lng <= east;
            return lat >= south && lat <= north && withinLongitude;
        }

        @Override
        public String kind() {
            return "area";
        }
    }
}
