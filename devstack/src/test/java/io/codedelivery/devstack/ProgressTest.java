package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void delaysAreWrittenAsPeopleReadThem() {
        assertThat(Progress.duration(Duration.ofMillis(250))).isEqualTo("250 ms");
        assertThat(Progress.duration(Duration.ofSeconds(30))).isEqualTo("30 s");
        assertThat(Progress.duration(Duration.ofMillis(12_540))).isEqualTo("12.5 s");
    }

    @Test
    void detailsAreIndentedBeneathTheirLine() {
        List<String> printed = new ArrayList<>();
        new Progress(printed::add).say("kafka died", List.of("first", "last"));

        assertThat(printed).containsExactly("[codedelivery] kafka died", "    first", "    last");
    }
}
