package com.channelstudio.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What a request without a valid login is told. A browser goes to the login form and never gets the Basic challenge:
 * a browser that once typed the password into a Basic dialog would send it by itself with other sites' requests. A
 * console page polling with htmx goes to the login whole (HX-Redirect), not as a form swapped into its progress box.
 * Scripts calling the API or the actuator are asked for Basic credentials.
 */
class LoginEntryPoint implements AuthenticationEntryPoint {

    private final RequestMatcher basicPaths;
    private final LoginUrlAuthenticationEntryPoint loginForm = new LoginUrlAuthenticationEntryPoint("/login");

    LoginEntryPoint(RequestMatcher basicPaths) {
        this.basicPaths = basicPaths;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException, ServletException {
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", request.getContextPath() + "/login");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else if (basicPaths.matches(request) && !fromABrowser(request)) {
            // Answered here: an error page would be served through the login rules again, which send it to the form.
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Channel Studio\"");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"error\":\"the operator's login is needed (HTTP Basic)\"}");
        } else {
            loginForm.commence(request, response, refused);
        }
    }

    /** Browsers ask for HTML when they navigate, and send Sec-Fetch-* headers with every request (scripts do neither). */
    static boolean fromABrowser(HttpServletRequest request) {
        if (request.getHeader("Sec-Fetch-Mode") != null) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        try {
            return accept != null && MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> MediaType.TEXT_HTML.equalsTypeAndSubtype(type) || MediaType.APPLICATION_XHTML_XML.equalsTypeAndSubtype(type));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
