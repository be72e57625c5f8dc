package io.codedelivery.backend.security;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The local user store, read from {@code SECURITY_USERS}: entries {@code name:role:hash} separated by
 * commas or new lines, role {@code dispatcher} or {@code viewer}, hash a bcrypt hash ({@code $2a$...},
 * {@code $2b$...}, {@code $2y$...}, as {@code htpasswd -nbB} makes) or any of Spring Security's
 * {@code {id}...} forms. A malformed entry stops the start with a message naming the entry, never
 * showing its hash.
 */
final class LocalUsers {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Map<String, UserDetails> users;

    private LocalUsers(Map<String, UserDetails> users) {
        this.users = users;
    }

    static LocalUsers parse(String spec) {
        Map<String, UserDetails> users = new LinkedHashMap<>();
        List<String> entries = List.of(spec.split("[,\\n]"));
        int position = 0;
        for (String raw : entries) {
            position++;
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split(":", 3);
            if (parts.length != 3 || !NAME.matcher(parts[0]).matches()) {
                throw new IllegalArgumentException("SECURITY_USERS entry " + position
                        + " must be name:role:hash with a name of 1 to 64 letters, digits and . _ - (starting with a letter or digit)");
            }
            Role role = Role.ofCode(parts[1]).orElse(null);
            if (role == null) {
                throw new IllegalArgumentException(
                        "SECURITY_USERS entry " + position + " (" + parts[0] + "): role must be dispatcher or viewer");
            }
            if (parts[2].isBlank()) {
                throw new IllegalArgumentException("SECURITY_USERS entry " + position + " (" + parts[0] + ") has no hash");
            }
            if (users.containsKey(parts[0])) {
                throw new IllegalArgumentException("SECURITY_USERS names " + parts[0] + " twice");
            }
            users.put(parts[0], User.withUsername(parts[0]).password(withEncoderId(parts[2].trim()))
                    .authorities(role.authority()).build());
        }
        return new LocalUsers(users);
    }

    private static String withEncoderId(String hash) {
        return hash.startsWith("$2") ? "{bcrypt}" + hash : hash;
    }

    boolean isEmpty() {
        return users.isEmpty();
    }

    Optional<UserDetails> find(String name) {
        UserDetails user = users.get(name);
        return user == null ? Optional.empty() : Optional.of(User.withUserDetails(user).build());
    }

    /** The user as a session stands for them, with the roles the store gives them now. */
    Optional<SignedInUser> signedIn(String name) {
        return find(name).map(user -> new SignedInUser(SignedInUser.Source.LOCAL, user.getUsername(),
                user.getAuthorities().stream().flatMap(authority -> Role.ofAuthority(authority.getAuthority()).stream())
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
    }

    List<String> plainTextUsers() {
        return users.values().stream().filter(user -> user.getPassword().startsWith("{noop}"))
                .map(UserDetails::getUsername).toList();
    }
}
