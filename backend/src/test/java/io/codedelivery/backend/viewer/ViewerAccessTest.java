package io.codedelivery.backend.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ViewerAccessTest {

    @Test
    void aTrackingLinkWatchesItsOwnDeliveryOnly() {
        ViewerAccess link = new ViewerAccess(Optional.of("d-1"));

        assertThat(link.refusal(new Scope.OneDelivery("d-1"))).isNull();
        assertThat(link.refusal(new Scope.OneDelivery("d-2"))).startsWith("forbidden");
        assertThat(link.refusal(Scope.FLEET)).startsWith("forbidden");
        assertThat(link.refusal(new Scope.Area(-1, -1, 1, 1))).startsWith("forbidden");
    }

    @Test
    void everyoneElseWatchesAnything() {
        assertThat(ViewerAccess.of(null)).isEqualTo(ViewerAccess.EVERYTHING);
        assertThat(ViewerAccess.EVERYTHING.refusal(Scope.FLEET)).isNull();
        assertThat(ViewerAccess.EVERYTHING.refusal(new Scope.OneDelivery("d-2"))).isNull();
    }
}
