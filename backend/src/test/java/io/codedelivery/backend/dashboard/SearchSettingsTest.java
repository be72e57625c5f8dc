package io.codedelivery.backend.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SearchSettingsTest {

    @Test
    void severalNodesAreReadFromACommaSeparatedList() {
        SearchSettings settings = settings("http://10.0.0.1:9200, https://search.example:443", null, null);

        assertThat(settings.nodes()).containsExactly(URI.create("http://10.0.0.1:9200"), URI.create("https://search.example:443"));
        assertThat(settings.authenticates()).isFalse();
    }

    @Test
    void credentialsBelongInTheirOwnSettingsNotInTheUrlThatHealthShows() {
        assertThatThrownBy(() -> settings("https://elastic:secret@search.example:9243", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret")
                .hasMessageContaining("SEARCH_USERNAME and SEARCH_PASSWORD");
        SearchSettings settings = settings("https://search.example:9243/es,https://other.example:9243/es", "elastic", "secret");
        assertThat(settings.shownUrl()).isEqualTo("https://search.example:9243/es,https://other.example:9243/es");
        assertThat(settings.authenticates()).isTrue();
    }

    @Test
    void aUserNeedsAPasswordAndAUrlMustBeHttp() {
        assertThatThrownBy(() -> settings("http://127.0.0.1:9200", "elastic", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SEARCH_USERNAME and SEARCH_PASSWORD go together");
        assertThatThrownBy(() -> settings("127.0.0.1:9200", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(" , ", null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static SearchSettings settings(String url, String username, String password) {
        return new SearchSettings(url, username, password, Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(10));
    }
}
