package io.codedelivery.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void eachRetryWaitsBetweenHalfAndAllOfADoublingCeiling() {
        Backoff backoff = new Backoff(100, 10_000);
        SplittableRandom random = new SplittableRandom(7);

        for (int retry = 0; retry < 10; retry++) {
            long ceiling = Math.min(10_000, 100L << retry);
            for (int i = 0; i < 50; i++) {
                assertThat(backoff.delayMs(retry, random)).isBetween(ceiling / 2, ceiling);
            }
        }
    }

    @Test
    void theCeilingDoublesUpToTheMaximumWithoutOverflowing() {
        Backoff backoff = new Backoff(100, 10_000);

        assertThat(backoff.ceiling(0)).isEqualTo(100);
        assertThat(backoff.ceiling(3)).isEqualTo(800);
        assertThat(backoff.ceiling(7)).isEqualTo(10_000);
        assertThat(backoff.ceiling(1_000)).isEqualTo(10_000);
    }

    @Test
    void noBackoffMeansNoWait() {
        assertThat(new Backoff(0, 10_000).delayMs(5, new SplittableRandom())).isZero();
    }
}
