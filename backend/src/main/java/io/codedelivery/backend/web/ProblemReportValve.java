package io.codedelivery.backend.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's error report, as problem+json instead of an HTML page: it answers the errors Tomcat finds
 * before Spring sees the request (a bad request line, a malformed URI or header, headers too large)
 * and any error that reached the host without a body. Tomcat's 501 (a transfer coding or method it
 * does not implement, such as CONNECT) and 505 (an HTTP version other than 1.x) are the client's
 * doing, so they are answered 400: a 5xx from this server always means the server failed.
 */
final class ProblemReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

    /** Tomcat's own words for a client error (the first line of its message), or the status's. */
    static String reason(String message, Throwable throwable, int status) {
        if (message != null && !message.isBlank()) {
            return message;
        }
        if (throwable != null && throwable.getMessage() != null && !throwable.getMessage().isBlank()) {
            return throwable.getMessage().lines().findFirst().orElse("").strip();
        }
        return Problems.detailFor(status);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String detail;
        if (status == 501 || status == 505) {
            detail = status == 505 ? "this server speaks HTTP/1.1 and HTTP/1.0 only"
                    : "the request uses a method or transfer coding this server does not implement";
            status = 400;
            response.setStatus(status);
        } else if (status >= 500) {
            log.error("request failed in the servlet container with {}", status, throwable);
            detail = ProblemErrorController.GENERIC;
        } else {
            detail = reason(response.getMessage(), throwable, status);
        }
        try {
            response.setContentType(Problems.PROBLEM_JSON);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(Problems.json(status, Problems.title(status), detail, null));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("could not write the error report", e);
        }
    }
}
