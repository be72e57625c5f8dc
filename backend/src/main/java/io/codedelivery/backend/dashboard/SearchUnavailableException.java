package io.codedelivery.backend.dashboard;

/** The search engine could not be reached, did not answer in time, or failed: answered 503, try again. */
class SearchUnavailableException extends RuntimeException {

    SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
