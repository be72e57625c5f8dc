package io.codedelivery.backend.delivery;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which deliveries the history shows: any of {@code statuses} (all when empty), on one route,
 * requested in {@code [from, to)}; page {@code page} (from 0) of {@code size}.
 */
record DeliveryQuery(Set<DeliveryStatus> statuses, Optional<String> routeId, Optional<Instant> from,
        Optional<Instant> to, int page, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    /** Far enough for any history a person pages through; keeps the skip bounded on a large collection. */
    static final int MAX_PAGE = 10_000;
    private static final int MAX_ROUTE_ID_LENGTH = 64;

    DeliveryQuery {
        statuses = Set.copyOf(statuses);
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new InvalidDeliveryQueryException("from must be before to, was from " + from.get() + " to " + to.get());
        }
    }

    /**
     * The query from the request's parameters, each optional; {@code status} may repeat or list
     * statuses separated by commas. Refuses what it cannot read, saying which parameter and why.
     */
    static DeliveryQuery parse(List<String> status, String routeId, String from, String to, String page, String size) {
        return new DeliveryQuery(statuses(status), route(routeId), instant("from", from), instant("to", to),
                number("page", page, 0, 0, MAX_PAGE), number("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    private static Set<DeliveryStatus> statuses(List<String> values) {
        Set<DeliveryStatus> statuses = EnumSet.noneOf(DeliveryStatus.class);
        for (String value : values == null ? List.<String>of() : values) {
            for (String code : value.split(",", -1)) {
                statuses.add(DeliveryStatus.parse(code.trim()).orElseThrow(() -> new InvalidDeliveryQueryException(
                        "status must be one of " + String.join(", ", DeliveryStatus.codes()) + ", was '"
                                + shortened(code.trim()) + "'")));
            }
        }
        return statuses;
    }

    private static Optional<String> route(String routeId) {
        if (routeId == null || routeId.isEmpty()) {
            return Optional.empty();
        }
        if (routeId.length() > MAX_ROUTE_ID_LENGTH || routeId.isBlank()) {
            throw new InvalidDeliveryQueryException("routeId must be a route's id, 1 to " + MAX_ROUTE_ID_LENGTH
                    + " characters, was " + routeId.length() + " characters");
        }
        return Optional.of(routeId);
    }

    private static Optional<Instant> instant(String name, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new InvalidDeliveryQueryException(name + " must be an ISO-8601 instant such as 2026-11-26T09:00:00Z, was '"
                    + shortened(value) + "'");
        }
    }

    private static int number(String name, String value, int absent, int min, int max) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        String rule = name + " must be a whole number from " + min + " to " + max + ", was '" + shortened(value) + "'";
        if (value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
            throw new InvalidDeliveryQueryException(rule);
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            throw new InvalidDeliveryQueryException(rule);
        }
        return number;
    }

    private static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
