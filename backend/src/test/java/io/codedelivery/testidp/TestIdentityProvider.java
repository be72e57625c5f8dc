package io.codedelivery.testidp;

import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for the tests (Spring Authorization Server, in a context of its own
 * and a package the backend does not scan): users olga (dispatcher) and pat (no role of ours), and
 * the client {@code codedelivery}; the ID token carries the user's roles in the claim {@code roles}.
 */
@SpringBootApplication
public class TestIdentityProvider {

    public static final String CLIENT_ID = "codedelivery";
    public static final String CLIENT_SECRET = "client-secret";
    public static final String PASSWORD = "password";

    public static ConfigurableApplicationContext start(int port) {
        String client = "--spring.security.oauth2.authorizationserver.client.codedelivery.";
        return new SpringApplicationBuilder(TestIdentityProvider.class).run(
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.config.name=test-identity-provider",
                "--spring.application.name=test-identity-provider",
                "--spring.security.oauth2.authorizationserver.issuer=" + issuer(port),
                client + "registration.client-id=" + CLIENT_ID,
                client + "registration.client-secret={noop}" + CLIENT_SECRET,
                client + "registration.client-authentication-methods=client_secret_basic",
                client + "registration.authorization-grant-types=authorization_code",
                // a loopback redirect matches at any port (RFC 8252), so the backend's port need not be known yet
                client + "registration.redirect-uris=http://127.0.0.1/login/oauth2/code/oidc",
                client + "registration.scopes=openid,profile,email",
                client + "require-authorization-consent=false");
    }

    public static String issuer(int port) {
        return "http://127.0.0.1:" + port;
    }

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("olga").password("{noop}" + PASSWORD).authorities("dispatcher").build(),
                User.withUsername("pat").password("{noop}" + PASSWORD).authorities("customer").build());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> rolesInTheIdToken() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                List<String> roles = context.getPrincipal().getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority).toList();
                context.getClaims().claim("roles", roles).claim("preferred_username", context.getPrincipal().getName());
            }
        };
    }
}
