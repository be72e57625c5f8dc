package io.codedelivery.backend.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who a session cookie stands for: a user of the local store (whose roles are looked up again on
 * every request) or of the single sign-on provider (whose roles are those it gave at sign-in).
 */
record SignedInUser(Source source, String name, Set<Role> roles) {

    enum Source { LOCAL, OIDC }

    String encode() {
        return source.name() + "\n" + name + "\n"
                + roles.stream().map(Role::code).sorted().collect(Collectors.joining(","));
    }

    static Optional<SignedInUser> decode(String text) {
        String[] parts = text.split("\n", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            Arrays.stream(parts[2].split(",")).filter(code -> !code.isEmpty())
                    .forEach(code -> roles.add(Role.ofCode(code).orElseThrow()));
            return Optional.of(new SignedInUser(Source.valueOf(parts[0]), parts[1], roles));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(name, null,
                roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
    }
}
