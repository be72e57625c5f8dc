package io.codedelivery.backend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aKeyGetsItsBurstAtOnceThenTheRateAndSaysHowLongToWait() {
        TokenBuckets buckets = new TokenBuckets(2, 3, 100);

        assertThat(buckets.take("a", 0)).isZero();
        assertThat(buckets.take("a", 0)).isZero();
        assertThat(buckets.take("a", 0)).isZero();
        assertThat(buckets.take("a", 0)).isEqualTo(SECOND / 2);
        assertThat(buckets.take("b", 0)).as("another key has its own bucket").isZero();
        assertThat(buckets.take("a", SECOND / 2)).isZero();
        assertThat(buckets.take("a", SECOND / 2)).isPositive();
        assertThat(buckets.take("a", 100 * SECOND)).isZero();
        assertThat(buckets.take("a", 100 * SECOND)).as("refilled to the burst, not beyond").isZero();
        assertThat(buckets.take("a", 100 * SECOND)).isZero();
        assertThat(buckets.take("a", 100 * SECOND)).isPositive();
    }

    @Test
    void fullBucketsAreForgottenWhenThereAreTooManyKeys() {
        TokenBuckets buckets = new TokenBuckets(1, 1, 10);
        for (int i = 0; i < 50; i++) {
            buckets.take("client-" + i, i * SECOND);
        }

        assertThat(buckets.size()).isLessThanOrEqualTo(11);
    }

    @Test
    void aLimitNeedsARateAndABurst() {
        assertThatThrownBy(() -> new TokenBuckets(0, 1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBuckets(1, 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
