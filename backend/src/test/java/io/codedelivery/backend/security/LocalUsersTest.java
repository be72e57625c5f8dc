package io.codedelivery.backend.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

class LocalUsersTest {

    @Test
    void readsEntriesSeparatedByCommasOrLinesAndMarksBcryptHashes() {
        LocalUsers users = LocalUsers.parse(" dana:dispatcher:$2y$10$abc ,\nvic:viewer:{noop}pw\n");

        UserDetails dana = users.find("dana").orElseThrow();
        assertThat(dana.getPassword()).isEqualTo("{bcrypt}$2y$10$abc");
        assertThat(dana.getAuthorities()).map(GrantedAuthority::getAuthority).containsExactly("ROLE_DISPATCHER");
        assertThat(users.find("vic").orElseThrow().getAuthorities()).map(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_VIEWER");
        assertThat(users.plainTextUsers()).containsExactly("vic");
        assertThat(users.find("nobody")).isEmpty();
        assertThat(LocalUsers.parse("").isEmpty()).isTrue();
    }

    @Test
    void aMalformedEntryIsNamedWithoutItsHash() {
        assertThatThrownBy(() -> LocalUsers.parse("dana:admin:$2y$10$secret"))
                .hasMessage("SECURITY_USERS entry 1 (dana): role must be dispatcher or viewer")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> LocalUsers.parse("dana:dispatcher:h,dana:viewer:h")).hasMessageContaining("twice");
        assertThatThrownBy(() -> LocalUsers.parse("x,ok:viewer:h")).hasMessageStartingWith("SECURITY_USERS entry 1 must be");
        assertThatThrownBy(() -> LocalUsers.parse("ok:viewer:")).hasMessageContaining("has no hash");
    }
}
