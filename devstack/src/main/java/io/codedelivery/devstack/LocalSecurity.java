package io.codedelivery.devstack;

import java.util.HashMap;
import java.util.Map;

/**
 * The local stack runs open (no sign-in) unless {@code SECURITY_MODE=signed-in} is set with its
 * users and key (docs/security.md): open is safe here only because every part listens on loopback.
 */
final class LocalSecurity {

    static final String MODE = "SECURITY_MODE";
    static final String OPEN = "open";

    private LocalSecurity() {
    }

    static Map<String, String> environment(Map<String, String> outer) {
        Map<String, String> environment = new HashMap<>();
        String mode = outer.getOrDefault(MODE, OPEN);
        environment.put(MODE, mode);
        if (OPEN.equals(mode)) {
            environment.put("HEALTH_SHOW_DETAILS", outer.getOrDefault("HEALTH_SHOW_DETAILS", "always"));
        }
        return environment;
    }

    static String describe(Map<String, String> environment) {
        return OPEN.equals(environment.get(MODE))
                ? "open access, no sign-in: every part listens on 127.0.0.1 only, so only this machine reaches it"
                : "sign-in required (SECURITY_MODE=" + environment.get(MODE) + "): dispatchers and viewers from"
                        + " SECURITY_USERS, customers with tracking links, devices with their tokens";
    }
}
