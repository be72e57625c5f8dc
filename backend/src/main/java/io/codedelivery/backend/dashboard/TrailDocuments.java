package io.codedelivery.backend.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The parts of the search engine's documents the trails read (their {@code _source}, filtered to these fields). */
final class TrailDocuments {

    private TrailDocuments() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DeliveryDocument(String deliveryId, String routeId, String routeTitle, String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PositionDocument(Double lat, Double lng, Long seq) {

        boolean isComplete() {
            return lat != null && lng != null && seq != null;
        }

        double[] lngLat() {
            return new double[] {lng, lat};
        }
    }
}
