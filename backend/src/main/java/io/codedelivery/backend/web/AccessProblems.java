package io.codedelivery.backend.web;

import io.codedelivery.backend.security.InvalidTrackingLinkException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * 401 and 403 as problem+json, like every other error of the API. No {@code WWW-Authenticate:
 * Basic}: a browser would put its own password dialog over the web app.
 */
@Component
class AccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String SIGN_IN = "sign in first (POST /api/session, or HTTP Basic), or open a tracking link";
    static final String NOT_ALLOWED = "not allowed for who you are: dispatchers start, cancel and import; viewers"
            + " watch; a tracking link follows its own delivery only";
    static final String CSRF = "missing or wrong CSRF token: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        write(request, response, 401, exception instanceof InvalidTrackingLinkException ? exception.getMessage() : SIGN_IN);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        write(request, response, 403, exception instanceof CsrfException ? CSRF : NOT_ALLOWED);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        if (!response.isCommitted()) {
            Problems.write(response, status, detail, Problems.instance(request.getRequestURI()));
        }
    }
}
