package io.codedelivery.backend.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.backend.support.RunningBackend;
import io.codedelivery.devstack.Ports;
import io.codedelivery.testidp.TestIdentityProvider;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Single sign-on against a real OpenID Connect provider (Spring Authorization Server): the
 * authorization code flow as a browser follows it, redirects and cookies included, ends in the
 * backend's own session cookie for a user with a role of ours, and in no session for one without.
 */
class OidcSignInIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** What a browser asks for when it follows a link: the provider shows its login form only to such requests. */
    private static final String HTML = "text/html,application/xhtml+xml";

    private static ConfigurableApplicationContext provider;
    private static RunningBackend backend;

    @BeforeAll
    static void start() {
        int port = Ports.free();
        provider = TestIdentityProvider.start(port);
        backend = RunningBackend.start("oidc-" + UUID.randomUUID(),
                "--codedelivery.security.mode=signed-in",
                "--codedelivery.security.signing-key=" + UUID.randomUUID() + UUID.randomUUID(),
                "--codedelivery.security.oidc.issuer-uri=" + TestIdentityProvider.issuer(port),
                "--codedelivery.security.oidc.client-id=" + TestIdentityProvider.CLIENT_ID,
                "--codedelivery.security.oidc.client-secret=" + TestIdentityProvider.CLIENT_SECRET);
    }

    @AfterAll
    static void stop() {
        backend.close();
        provider.close();
    }

    @Test
    void aDispatcherOfTheProviderSignsInAndGetsTheBackendsOwnSession() throws Exception {
        HttpClient browser = browser();

        HttpResponse<String> landed = signIn(browser, "olga");

        assertThat(landed.uri().toString()).isEqualTo(backend.baseUrl() + "/");
        String session = browser.send(HttpRequest.newBuilder(URI.create(backend.baseUrl() + "/api/session")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(session).contains("\"singleSignOn\":true", "\"name\":\"olga\"", "\"roles\":[\"dispatcher\"]");
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(backend.baseUrl() + "/api/deliveries")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void someoneWithoutARoleOfOursIsNotLetIn() throws Exception {
        HttpClient browser = browser();

        HttpResponse<String> landed = signIn(browser, "pat");

        assertThat(landed.uri().toString()).isEqualTo(backend.baseUrl() + "/sign-in?error=no-role");
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(backend.baseUrl() + "/api/session")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("\"user\":null");
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** From the web app's "single sign-on" link through the provider's login form, redirects followed. */
    private static HttpResponse<String> signIn(HttpClient browser, String user) throws Exception {
        HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(
                URI.create(backend.baseUrl() + "/oauth2/authorization/oidc")).header("Accept", HTML).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.uri().getPath()).as(loginPage.statusCode() + " " + loginPage.body()).isEqualTo("/login");
        Matcher csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).as(loginPage.body()).isTrue();
        String form = "username=" + user + "&password=" + TestIdentityProvider.PASSWORD + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(loginPage.uri())
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", HTML)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
