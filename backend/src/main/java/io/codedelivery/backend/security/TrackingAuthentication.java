package io.codedelivery.backend.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The holder of a tracking link: may follow {@link #deliveryId()} and nothing else. */
final class TrackingAuthentication extends AbstractAuthenticationToken {

    static final String AUTHORITY = "TRACKING";

    private final String deliveryId;

    TrackingAuthentication(String deliveryId) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.deliveryId = deliveryId;
        setAuthenticated(true);
    }

    String deliveryId() {
        return deliveryId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return "tracking:" + deliveryId;
    }
}
