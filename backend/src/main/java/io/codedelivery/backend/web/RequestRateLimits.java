package io.codedelivery.backend.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits on what one client can flood: starting deliveries and sign-in attempts (per client
 * address) and device reports (per device token). Over a limit the answer is 429 with {@code Retry-After}, before the
 * request reaches the application. Everything else is not limited here.
 */
@Component
@EnableConfigurationProperties(RateLimitSettings.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class RequestRateLimits extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestRateLimits.class);
    private static final int MAX_KEYS = 100_000;

    private final TokenBuckets starts;
    private final TokenBuckets devices;
    private final TokenBuckets signIns;

    RequestRateLimits(RateLimitSettings settings) {
        this.starts = settings.startsPerMinute() > 0
                ? new TokenBuckets(settings.startsPerMinute() / 60, settings.startBurst(), MAX_KEYS) : null;
        this.devices = settings.deviceReportsPerSecond() > 0
                ? new TokenBuckets(settings.deviceReportsPerSecond(), settings.deviceBurst(), MAX_KEYS) : null;
        this.signIns = settings.signInsPerMinute() > 0
                ? new TokenBuckets(settings.signInsPerMinute() / 60, settings.signInBurst(), MAX_KEYS) : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        long wait = 0;
        String what = null;
        if (starts != null && "POST".equals(request.getMethod()) && isPath(path, "/api/deliveries")) {
            wait = starts.take(request.getRemoteAddr(), System.nanoTime());
            what = "deliveries started from this address";
        } else if (signIns != null && "POST".equals(request.getMethod()) && isPath(path, "/api/session")) {
            wait = signIns.take(request.getRemoteAddr(), System.nanoTime());
            what = "sign-in attempts from this address";
        } else if (devices != null && isPath(path, "/api/device/positions")) {
            wait = devices.take(deviceKey(request.getHeader(HttpHeaders.AUTHORIZATION), request), System.nanoTime());
            what = "reports from this device";
        } else if (devices != null && isPath(path, "/api/osmand")) {
            wait = devices.take(deviceKey(idOf(request.getQueryString()), request), System.nanoTime());
            what = "reports from this device";
        }
        if (wait > 0) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait) + 1);
            log.debug("rate limit: {} too many, retry in {} s", what, seconds);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            Problems.write(response, HttpStatus.TOO_MANY_REQUESTS.value(),
                    "too many " + what + "; try again in " + seconds + " s", Problems.instance(path));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isPath(String uri, String path) {
        return uri.equals(path) || uri.equals(path + "/");
    }

    /** A device is known by its credential; a request without one by its address (it is refused later). */
    private static String deviceKey(String credential, HttpServletRequest request) {
        return credential == null || credential.isEmpty() || credential.length() > 200
                ? "address:" + request.getRemoteAddr() : "device:" + credential;
    }

    private static String idOf(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("id=") || pair.startsWith("deviceid=")) {
                try {
                    return URLDecoder.decode(pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
