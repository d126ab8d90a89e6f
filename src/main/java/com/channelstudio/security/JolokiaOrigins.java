package com.channelstudio.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Jolokia's strict CORS check (jolokia-access.xml) compares a request's Origin, or its Referer, with origins fixed in
 * the policy, but the studio's own origin depends on the address it is reached at. So a request from the studio's own
 * pages (Hawtio: Origin or Referer of this very scheme, host and port) and a request naming no origin at all (a script;
 * CSRF protection guards it) reach Jolokia as from {@value #SAME_ORIGIN}, the policy's one allowed origin. Any other
 * origin reaches it as sent, and is refused.
 */
class JolokiaOrigins extends OncePerRequestFilter {

    static final String SAME_ORIGIN = "studio-same-origin";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String named = request.getHeader("Origin") != null ? request.getHeader("Origin") : originOf(request.getHeader("Referer"));
        boolean ours = named == null || named.equalsIgnoreCase(ownOrigin(request));
        chain.doFilter(ours ? new FromTheStudio(request) : request, response);
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = port == ("https".equals(scheme) ? 443 : 80);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    private static String originOf(String referer) {
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer.strip());
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException unreadable) {
            return referer;
        }
    }

    private static final class FromTheStudio extends HttpServletRequestWrapper {

        FromTheStudio(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            if ("Origin".equalsIgnoreCase(name)) {
                return SAME_ORIGIN;
            }
            return "Referer".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String value = getHeader(name);
            return "Origin".equalsIgnoreCase(name) || "Referer".equalsIgnoreCase(name)
                    ? (value == null ? Collections.emptyEnumeration() : Collections.enumeration(java.util.List.of(value)))
                    : super.getHeaders(name);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<JolokiaOrigins> jolokiaOrigins() {
            FilterRegistrationBean<JolokiaOrigins> registration = new FilterRegistrationBean<>(new JolokiaOrigins());
            registration.addUrlPatterns("/actuator/jolokia", "/actuator/jolokia/*");
            return registration;
        }
    }
}
