package io.codedelivery.backend.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A dispatcher starts, cancels and imports; a viewer only watches. */
public enum Role {
    DISPATCHER, VIEWER;

    static final String AUTHORITY_PREFIX = "ROLE_";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    String authority() {
        return AUTHORITY_PREFIX + name();
    }

    static Optional<Role> ofCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code().equals(code)).findFirst();
    }

    static Optional<Role> ofAuthority(String authority) {
        return authority.startsWith(AUTHORITY_PREFIX)
                ? Arrays.stream(values()).filter(role -> role.authority().equals(authority)).findFirst()
                : Optional.empty();
    }
}
