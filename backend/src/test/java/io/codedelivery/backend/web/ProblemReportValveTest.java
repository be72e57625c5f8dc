package io.codedelivery.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemReportValveTest {

    @Test
    void tomcatsMessageIsTheDetail() {
        assertThat(ProblemReportValve.reason("Invalid URI", null, 400)).isEqualTo("Invalid URI");
    }

    @Test
    void withoutAMessageTheFirstLineOfTheParseErrorIsTheDetail() {
        IllegalArgumentException parseError = new IllegalArgumentException("Request header is too large\nmore");
        assertThat(ProblemReportValve.reason(null, parseError, 400)).isEqualTo("Request header is too large");
    }

    @Test
    void withNothingToGoOnTheStatusSpeaks() {
        assertThat(ProblemReportValve.reason(" ", null, 404)).isEqualTo(Problems.detailFor(404));
    }
}
