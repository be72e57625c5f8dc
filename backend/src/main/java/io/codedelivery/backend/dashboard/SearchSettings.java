package io.codedelivery.backend.dashboard;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the backend reaches the search engine the dashboards read. {@code url}: one or more
 * comma-separated {@code http(s)://host:port} of the same cluster (the port defaults to 80 or 443; a
 * path, the same for every node, is a prefix for a proxy). {@code username} and
 * {@code password}: basic auth, both or neither. {@code timeout}: how long one query may take;
 * {@code connectTimeout}: how long to wait for a connection. {@code healthInterval}: how often the
 * engine is asked, in the background, whether it answers.
 */
@ConfigurationProperties("codedelivery.search")
record SearchSettings(@DefaultValue("http://127.0.0.1:9200") String url, String username, String password,
        @DefaultValue("5s") Duration timeout, @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration healthInterval) {

    SearchSettings {
        nodes(url);
        if (isSet(username) != isSet(password)) {
            throw new IllegalArgumentException("SEARCH_USERNAME and SEARCH_PASSWORD go together: set both or neither");
        }
        requirePositive(timeout, "timeout");
        requirePositive(connectTimeout, "connect-timeout");
        requirePositive(healthInterval, "health-interval");
    }

    /** The nodes of {@code url}, each checked to be an http(s) URL with a host. */
    List<URI> nodes() {
        return nodes(url);
    }

    /** Without the password, so logging the settings never shows it. */
    @Override
    public String toString() {
        return "SearchSettings[url=" + url + ", username=" + username + ", password=" + (isSet(password) ? "(set)" : "(none)")
                + ", timeout=" + timeout + ", connectTimeout=" + connectTimeout + ", healthInterval=" + healthInterval + "]";
    }

    boolean authenticates() {
        return isSet(username);
    }

    /** The nodes as they are shown in health details and logs (they hold no credentials: those are refused). */
    String shownUrl() {
        return String.join(",", nodes().stream().map(URI::toString).toList());
    }

    private static List<URI> nodes(String url) {
        List<URI> nodes = url == null ? List.of() : Arrays.stream(url.split(",")).map(String::trim)
                .filter(part -> !part.isEmpty()).map(SearchSettings::node).toList();
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("codedelivery.search.url (SEARCH_URL) must name at least one node");
        }
        return nodes;
    }

    private static URI node(String text) {
        URI node;
        try {
            node = URI.create(text);
        } catch (IllegalArgumentException e) {
            // the reason alone: the input may hold a password
            throw new IllegalArgumentException("SEARCH_URL holds a malformed URL: "
                    + (e.getCause() instanceof URISyntaxException syntax ? syntax.getReason() : "unreadable"));
        }
        if (!("http".equals(node.getScheme()) || "https".equals(node.getScheme())) || node.getHost() == null) {
            throw new IllegalArgumentException("SEARCH_URL entries must be http:// or https:// URLs with a host");
        }
        if (node.getRawUserInfo() != null) {
            throw new IllegalArgumentException("SEARCH_URL must not hold credentials: set SEARCH_USERNAME and SEARCH_PASSWORD");
        }
        return node;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isEmpty();
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("codedelivery.search." + name + " must be a positive duration");
        }
    }
}
