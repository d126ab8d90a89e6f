package com.channelstudio.security;

import com.channelstudio.config.StudioProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.HeaderWriterFilter;

/** Everything but health and the OAuth callback needs the operator's login: the REST API, Hawtio and Jolokia. */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain studioSecurity(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository csrfCookie = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfCookie.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // Google's redirect back after consent carries no session cookie (SameSite=Strict); the
                        // consent's single-use state stands for the login (YoutubeConsent)
                        .requestMatchers("/oauth/youtube/callback").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .formLogin(Customizer.withDefaults())
                // Hawtio's pages send back the token of this cookie as it is. A browser sends the session cookie to
                // any site's form or link by itself, but not an Authorization header: only calls with one skip CSRF.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null))
                // Written lazily, the headers went out from whichever thread committed the response: the container's
                // at the end of the filter chain, or platform-http's Camel thread at the same moment, and Tomcat's
                // header list is not thread-safe: headers lost or doubled in 3-4 of 9600 responses under load.
                .headers(headers -> headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }))
                .exceptionHandling(refusals -> refusals
                        .defaultAuthenticationEntryPointFor(SecurityConfiguration::sendThePageToTheLogin,
                                request -> "true".equals(request.getHeader("HX-Request")))
                        .accessDeniedHandler(new DelegatingAccessDeniedHandler(
                                new LinkedHashMap<>(Map.of(CsrfException.class, SecurityConfiguration::refuseWithoutXsrfToken)),
                                new AccessDeniedHandlerImpl())))
                .addFilterAfter(new CsrfCookieIssuer(), BasicAuthenticationFilter.class)
                .build();
    }

    /**
     * A console page left open after its session ended keeps polling with htmx: a redirect would be followed and the
     * login form swapped into the progress box. htmx sends the whole page to the login instead, as HX-Redirect asks.
     */
    private static void sendThePageToTheLogin(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException refused) {
        response.setHeader("HX-Redirect", request.getContextPath() + "/login");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }

    private static void refuseWithoutXsrfToken(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException refused) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"error\":\"X-XSRF-TOKEN: a call authenticated by the session cookie must send the "
                + "XSRF-TOKEN cookie's value in this header (or authenticate with HTTP Basic)\",\"field\":\"X-XSRF-TOKEN\"}");
    }

    @Bean
    UserDetailsService operators(StudioProperties properties) throws IOException {
        StudioProperties.Security login = properties.security();
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String hash = login.password() == null || login.password().isBlank()
                ? GeneratedPassword.hash(login.passwordFile(), login.username(), encoder)
                : encoder.encode(login.password());
        return new InMemoryUserDetailsManager(User.withUsername(login.username()).password(hash)
                .roles("admin", "viewer").build());
    }
}
