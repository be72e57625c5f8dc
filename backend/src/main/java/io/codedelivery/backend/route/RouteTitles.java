package io.codedelivery.backend.route;

import java.util.Locale;
import java.util.regex.Pattern;

/** The rules of a route's title, and the key under which two titles count as the same. */
final class RouteTitles {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private RouteTitles() {
    }

    /** The title trimmed, or {@link InvalidRouteException} with {@code missing} or the rule it breaks. */
    static String checked(String title, RouteSettings limits, String missing) {
        if (title == null || title.isBlank()) {
            throw new InvalidRouteException(missing);
        }
        String trimmed = title.strip();
        if (trimmed.length() > limits.maxTitleLength()) {
            throw new InvalidRouteException("title must be at most " + limits.maxTitleLength()
                    + " characters, was " + trimmed.length());
        }
        if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidRouteException("title must not contain control characters");
        }
        return trimmed;
    }

    /** Case and surrounding or repeated whitespace ignored: "Park  Loop " and "park loop" share a key. */
    static String key(String title) {
        return WHITESPACE.matcher(title.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
