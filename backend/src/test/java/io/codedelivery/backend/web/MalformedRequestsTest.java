package io.codedelivery.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedRequestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"application/*", "*/*", "*/json", "text/*", "application/*+json", "\"application/json\"", "/",
        ";", "", "application", "application/json; charset=nope", "application/json; charset=\u00e9", "a/b/c"})
    void aContentTypeThatIsNotOneConcreteKnownTypeIsRefused(String contentType) {
        assertThat(MalformedRequests.contentTypeProblem(contentType)).startsWith("Content-Type ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json;charset=UTF-8", "text/plain", "application/xml",
        "application/problem+json"})
    void aConcreteContentTypeIsLeftToTheHandler(String contentType) {
        assertThat(MalformedRequests.contentTypeProblem(contentType)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "a=%", "a=%z", "a=%zz", "%G1=x", "a=b%2"})
    void aBrokenPercentEncodingIsRefused(String query) {
        assertThat(MalformedRequests.queryProblem(query))
                .isEqualTo("the query string has a '%' that is not followed by two hexadecimal digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a=%CD", "%BE=x", "a=%F0%9F", "a=%C3%28", "a=%ED%A0%80", "page=1&x=%FF"})
    void aQueryThatIsNotUtf8OnceDecodedIsRefused(String query) {
        assertThat(MalformedRequests.queryProblem(query)).isEqualTo("the query string, percent-decoded, is not UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a=b", "delivery=%E2%82%AC", "bbox=1%2C2%2C3%2C4", "a=%41", "title=S%C3%A3o+Paulo",
        "r=%F0%9F%9A%9A"})
    void aWellEncodedQueryPasses(String query) {
        assertThat(MalformedRequests.queryProblem(query)).isNull();
    }
}
