package com.channelstudio.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 with Retry-After to credentials from an address that must wait ({@link FailedLogins}), before the
 * password is hashed: a flood of wrong logins then costs next to nothing.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final FailedLogins failedLogins;
    private final RequestMatcher carriesCredentials;

    /** @param carriesCredentials the requests whose credentials would be checked (Basic where accepted, the login form) */
    LoginThrottleFilter(FailedLogins failedLogins, RequestMatcher carriesCredentials) {
        this.failedLogins = failedLogins;
        this.carriesCredentials = carriesCredentials;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = carriesCredentials.matches(request) ? failedLogins.waitFor(request.getRemoteAddr()) : Optional.empty();
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"error\":\"too many failed logins; credentials are checked again in " + seconds
                + " s (studio.security.login-throttle)\"}");
    }
}
