package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExitStatusTest {

    @Test
    void aProcessEndedByASignalIsSaidToBeKilledByIt() {
        assertThat(ExitStatus.describe(137)).isEqualTo("exit code 137, killed by SIGKILL");
        assertThat(ExitStatus.describe(143)).isEqualTo("exit code 143, killed by SIGTERM");
    }

    @Test
    void aProcessThatExitedByItselfIsSaidToHaveItsExitCode() {
        assertThat(ExitStatus.describe(1)).isEqualTo("exit code 1");
        assertThat(ExitStatus.describe(0)).isEqualTo("exit code 0");
    }
}
