package io.codedelivery.backend.security;

import io.codedelivery.backend.audit.AuditTrail;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Who may do what (docs/security.md): open on a laptop, or signed in with roles, tracking links
 * and device tokens. One filter chain per mode; the rules of the signed-in one are the access table.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    static final String[] DEVICE_PATHS = {"/api/device/**", "/api/osmand", "/api/osmand/**"};

    private final SecuritySettings settings;
    private final LocalUsers users;
    private final Signatures signatures;

    SecurityConfiguration(SecuritySettings settings, OidcSettings oidc, Environment environment) {
        this.settings = settings;
        this.users = LocalUsers.parse(settings.users());
        if (settings.mode() == SecurityMode.OPEN) {
            requireLoopback(environment.getProperty("server.address", ""));
            // tracking links work open too; without a key of its own they last until the next start
            this.signatures = settings.signingKey().isBlank() ? Signatures.random() : Signatures.withKey(settings.signingKey());
            log.warn("open access, no sign-in (SECURITY_MODE=open): anyone who reaches this backend may do anything;"
                    + " it listens on loopback only");
        } else {
            requireSignedInSettings(settings, users, oidc);
            this.signatures = Signatures.withKey(settings.signingKey());
            if (!users.plainTextUsers().isEmpty()) {
                log.warn("SECURITY_USERS holds plain-text ({noop}) passwords for {}: use bcrypt hashes",
                        users.plainTextUsers());
            }
        }
    }

    static void requireLoopback(String address) {
        boolean loopback;
        try {
            loopback = !address.isBlank() && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            loopback = false;
        }
        if (!loopback) {
            throw new IllegalStateException("SECURITY_MODE=open serves everyone without sign-in, so it listens on"
                    + " loopback only, but SERVER_ADDRESS is '" + address + "': set SERVER_ADDRESS=127.0.0.1, or"
                    + " SECURITY_MODE=signed-in with SECURITY_USERS and SECURITY_SIGNING_KEY (docs/security.md)");
        }
    }

    static void requireSignedInSettings(SecuritySettings settings, LocalUsers users, OidcSettings oidc) {
        if (settings.signingKey().length() < SecuritySettings.MIN_SIGNING_KEY_LENGTH) {
            throw new IllegalStateException("SECURITY_MODE=signed-in needs SECURITY_SIGNING_KEY of at least "
                    + SecuritySettings.MIN_SIGNING_KEY_LENGTH + " characters, the same on every replica"
                    + " (docs/security.md)");
        }
        if (users.isEmpty() && !oidc.enabled()) {
            throw new IllegalStateException("SECURITY_MODE=signed-in needs at least one user in SECURITY_USERS"
                    + " (name:role:bcrypt-hash), or a single sign-on provider in OIDC_ISSUER_URI (docs/security.md)");
        }
        if (oidc.enabled() && (oidc.clientId().isBlank() || oidc.clientSecret().isBlank())) {
            throw new IllegalStateException("OIDC_ISSUER_URI needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET (docs/security.md)");
        }
    }

    @Bean
    LocalUsers localUsers() {
        return users;
    }

    @Bean
    SessionCookies sessionCookies(Clock clock) {
        return new SessionCookies(signatures, users, settings.sessionLifetime(), clock);
    }

    @Bean
    TrackingLinks trackingLinks(Clock clock) {
        return new TrackingLinks(signatures, settings.trackingLinkLifetime(), clock);
    }

    @Bean
    AuthenticationManager authenticationManager() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(
                name -> users.find(name).orElseThrow(() -> new UsernameNotFoundException("no such user")));
        provider.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return new ProviderManager(provider);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionCookies cookies, TrackingLinks links,
            TrackedRoutes routes, AuthenticationEntryPoint entryPoint, AccessDeniedHandler denied, OidcSettings oidc,
            AuditTrail audit) throws Exception {
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // SecurityHeaders (web) writes the headers; Spring's own would add no-cache to every static file
                .headers(headers -> headers.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied));
        if (settings.mode() == SecurityMode.OPEN) {
            return http.csrf(csrf -> csrf.disable()).httpBasic(basic -> basic.disable())
                    .anonymous(anonymous -> anonymous.authorities("ROLE_ANONYMOUS", Role.DISPATCHER.authority()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .build();
        }
        if (oidc.enabled()) {
            OidcSignIn signIn = new OidcSignIn(oidc, cookies, audit);
            // the web app's sign-in page instead of Spring's generated one
            http.oauth2Login(login -> login.loginPage("/sign-in")
                    .clientRegistrationRepository(new OidcRegistrations(oidc))
                    .authorizedClientRepository(new NoAuthorizedClients())
                    .authorizationEndpoint(endpoint -> endpoint
                            .authorizationRequestRepository(new CookieAuthorizationRequests(signatures)))
                    .successHandler(signIn).failureHandler(signIn));
        }
        AuthorizationManager<RequestAuthorizationContext> watchers =
                AuthorityAuthorizationManager.hasAnyRole(Role.DISPATCHER.name(), Role.VIEWER.name());
        return http.securityContext(context -> context.securityContextRepository(new SessionContextRepository(cookies)))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                // a request that names its credentials (HTTP Basic) or a device token cannot be forged by another site
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(DEVICE_PATHS)
                        .ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .addFilterBefore(new TrackingTokenFilter(links, entryPoint), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.DISPATCHER.name())
                        .requestMatchers("/api/session", "/api/config").permitAll()
                        // the device API checks the device token itself: it answers 401 for a wrong one
                        .requestMatchers(DEVICE_PATHS).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/deliveries/{id}")
                        .access(AuthorizationManagers.anyOf(watchers, TrackingAccess.delivery()))
                        .requestMatchers(HttpMethod.GET, "/api/routes/{id}")
                        .access(AuthorizationManagers.anyOf(watchers, TrackingAccess.route(routes)))
                        .requestMatchers(HttpMethod.GET, "/api/dashboards/trails")
                        .access(AuthorizationManagers.anyOf(watchers, TrackingAccess.trail()))
                        .requestMatchers("/ws").access(AuthorizationManagers.anyOf(watchers, TrackingAccess.socket()))
                        .requestMatchers(HttpMethod.GET, "/api/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**").access(watchers)
                        .requestMatchers("/api/**").hasRole(Role.DISPATCHER.name())
                        // the web app's own files: what its pages show comes from the API above
                        .anyRequest().permitAll())
                .build();
    }
}
