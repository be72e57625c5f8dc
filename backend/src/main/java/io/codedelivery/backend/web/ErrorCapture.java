package io.codedelivery.backend.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A response that lets everything through except the body of an error answer in a shape other than
 * JSON: that body is kept aside (its first kilobyte) so {@link ProblemResponses} can answer in
 * problem+json instead.
 */
final class ErrorCapture extends HttpServletResponseWrapper {

    private static final int KEPT = 1024;

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private boolean errorSent;
    private boolean capturing;
    private ServletOutputStream stream;
    private PrintWriter writer;

    ErrorCapture(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        errorSent = true;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        errorSent = true;
        super.sendError(status);
    }

    private boolean divert() {
        return getStatus() >= 400 && !errorSent && !isJson(getContentType());
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null && writer == null && divert()) {
            capturing = true;
            stream = new Capturing();
        }
        return stream != null ? stream : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null && stream == null && divert()) {
            capturing = true;
            writer = new PrintWriter(new OutputStreamWriter(new Capturing(), StandardCharsets.UTF_8), true);
        }
        return writer != null ? writer : super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
        if (!capturing) {
            super.flushBuffer();
        }
    }

    /** Whether the answer is an error this filter should rewrite: not sent to /error, not JSON, not yet sent. */
    boolean needsProblem() {
        return getStatus() >= 400 && !errorSent && !isCommitted() && (capturing || !isJson(getContentType()));
    }

    /** The error body written so far, when it was plain text (or of no declared type). */
    String capturedText() {
        if (writer != null) {
            writer.flush();
        }
        String type = getContentType();
        return type == null || type.startsWith("text/plain") ? captured.toString(StandardCharsets.UTF_8) : null;
    }

    private final class Capturing extends ServletOutputStream {

        @Override
        public void write(int b) {
            if (captured.size() < KEPT) {
                captured.write(b);
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("error bodies are written blocking");
        }
    }
}
