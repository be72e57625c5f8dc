package io.codedelivery.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One thing someone did, for the audit trail: who ({@code actor}), what ({@code action}, one of
 * {@link AuditAction}), to what ({@code subjectType}, {@code subjectId}), when, on which backend
 * replica, and a few words more in {@code details}. Each event is its own record, keyed by its
 * random {@code eventId}, which is also its search document's id. Every field is bounded, so an
 * event always fits its topic's 4 KiB.
 */
public record AuditEvent(String eventId, String action, Actor actor, String subjectType, String subjectId,
        Instant at, String replica, Map<String, String> details) implements KeyedEvent {

    public static final int MAX_DETAILS = 8;
    public static final int MAX_DETAIL_KEY_LENGTH = 32;
    public static final int MAX_DETAIL_VALUE_LENGTH = 200;
    /** Keys and values together, in UTF-8. */
    public static final int MAX_DETAILS_BYTES = 1024;

    /**
     * Who did it. Without sign-in everyone is {@code anonymous}, known only by the address the
     * request came from; a signed-in user will be one more kind ({@code user}) with its {@code id}.
     * {@code address}: the client's IP address as the backend saw it, or null when there was no request.
     */
    public record Actor(String kind, String id, String address) {

        public static final String ANONYMOUS = "anonymous";
        public static final String USER = "user";
        public static final Set<String> KINDS = Set.of(ANONYMOUS, USER);
        public static final int MAX_ADDRESS_LENGTH = 64;

        public Actor {
            Require.present(kind, "actor.kind");
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("actor.kind must be anonymous or user");
            }
            if (kind.equals(ANONYMOUS) && id != null) {
                throw new IllegalArgumentException("an anonymous actor has no id");
            }
            if (kind.equals(USER) && id == null) {
                throw new IllegalArgumentException("a user actor needs its id, the user's name");
            }
            if (id != null) {
                Require.id(id, "actor.id");
            }
            if (address != null && !isAddress(address)) {
                throw new IllegalArgumentException("actor.address must be 1 to " + MAX_ADDRESS_LENGTH
                        + " letters, digits and . : % _ - (an IP address)");
            }
        }

        public static Actor anonymous(String address) {
            return new Actor(ANONYMOUS, null, address);
        }

        /** A signed-in user, by name, and the address the request came from. */
        public static Actor user(String name, String address) {
            return new Actor(USER, name, address);
        }

        /** IPv4, IPv6 (with a zone, {@code fe80::1%eth0}) and host names fit; nothing that needs quoting. */
        public static boolean isAddress(String address) {
            if (address.isEmpty() || address.length() > MAX_ADDRESS_LENGTH) {
                return false;
            }
            return address.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '.' || c == ':' || c == '%' || c == '_' || c == '-');
        }
    }

    public AuditEvent {
        Require.id(eventId, "eventId");
        Require.present(action, "action");
        AuditAction known = AuditAction.ofCode(action).orElseThrow(() -> new IllegalArgumentException(
                "action must be one of the audit actions (delivery.started, route.changed, ...)"));
        Require.present(actor, "actor");
        Require.present(subjectType, "subjectType");
        if (!subjectType.equals(known.subjectType())) {
            throw new IllegalArgumentException(action + " is about a " + known.subjectType() + ", not a " + subjectType);
        }
        Require.id(subjectId, "subjectId");
        Require.present(at, "at");
        if (replica != null) {
            Require.id(replica, "replica");
        }
        details = details == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(details));
        requireBounded(details);
    }

    /** A new event with a random id; {@code details} as {@link #detail(String)} leaves each value. */
    public static AuditEvent of(AuditAction action, Actor actor, String subjectId, Instant at, String replica,
            Map<String, String> details) {
        return new AuditEvent(UUID.randomUUID().toString(), action.code(), actor, action.subjectType(), subjectId, at,
                replica, details);
    }

    /** A value fit for {@code details}: control characters made spaces, cut to its bound with an ellipsis. */
    public static String detail(String value) {
        if (value == null) {
            return "";
        }
        String clean = value.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (clean.length() <= MAX_DETAIL_VALUE_LENGTH) {
            return clean;
        }
        int end = MAX_DETAIL_VALUE_LENGTH - 1;
        if (Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--;
        }
        return clean.substring(0, end) + "…";
    }

    @Override
    public String key() {
        return eventId;
    }

    @Override
    public String keyField() {
        return "eventId";
    }

    private static void requireBounded(Map<String, String> details) {
        if (details.size() > MAX_DETAILS) {
            throw new IllegalArgumentException("details holds at most " + MAX_DETAILS + " entries, had " + details.size());
        }
        int bytes = 0;
        for (Map.Entry<String, String> entry : details.entrySet()) {
            String key = entry.getKey();
            if (key.isEmpty() || key.length() > MAX_DETAIL_KEY_LENGTH || !key.chars().allMatch(Character::isLetterOrDigit)
                    || !Character.isLetter(key.charAt(0)) || !key.chars().allMatch(c -> c < 128)) {
                throw new IllegalArgumentException("details keys must be 1 to " + MAX_DETAIL_KEY_LENGTH
                        + " ASCII letters and digits, starting with a letter");
            }
            String value = entry.getValue();
            Require.present(value, "details." + key);
            if (value.length() > MAX_DETAIL_VALUE_LENGTH) {
                throw new IllegalArgumentException("details." + key + " must be at most " + MAX_DETAIL_VALUE_LENGTH
                        + " characters, was " + value.length());
            }
            if (value.codePoints().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("details." + key + " must not contain control characters");
            }
            bytes += key.length() + value.getBytes(StandardCharsets.UTF_8).length;
        }
        if (bytes > MAX_DETAILS_BYTES) {
            throw new IllegalArgumentException("details must be at most " + MAX_DETAILS_BYTES + " bytes in all, were " + bytes);
        }
    }
}
