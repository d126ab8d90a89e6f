package com.channelstudio.security;

import com.channelstudio.config.StudioProperties;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Everything but health and the OAuth callback needs the operator's login: the REST API, the console, Hawtio and
 * Jolokia. Scripts use HTTP Basic (API and actuator only), browsers the login form; wrong logins are throttled.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** Where HTTP Basic is accepted: scripts call the API and the actuator; the console and Hawtio log in by the form. */
    private static final RequestMatcher BASIC_PATHS = new OrRequestMatcher(path("/api/**"), path("/actuator/**"));
    private static final RequestMatcher API = path("/api/**");

    @Bean
    SecurityFilterChain studioSecurity(HttpSecurity http, FailedLogins failedLogins) throws Exception {
        CookieCsrfTokenRepository csrfCookie = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfCookie.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        LoginEntryPoint askForLogin = new LoginEntryPoint(BASIC_PATHS);
        BasicAuthenticationConverter basic = new BasicAuthenticationConverter();
        RequestMatcher basicCredentials = request -> BASIC_PATHS.matches(request) && sendsBasic(request);
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // Google's redirect back after consent carries no session cookie (SameSite=Strict); the
                        // consent's single-use state stands for the login (YoutubeConsent)
                        .requestMatchers("/oauth/youtube/callback").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(askForLogin)
                        .addObjectPostProcessor(new ObjectPostProcessor<BasicAuthenticationFilter>() {
                            @Override
                            public <F extends BasicAuthenticationFilter> F postProcess(F filter) {
                                filter.setAuthenticationConverter(request -> BASIC_PATHS.matches(request) ? basic.convert(request) : null);
                                return filter;
                            }
                        }))
                .formLogin(Customizer.withDefaults())
                // Hawtio's pages send back the token of this cookie as it is. A browser sends the session cookie to
                // the studio's forms by itself, and a Basic password it once typed into a dialog to any site's forms:
                // only a script's call to the API (Basic, no session) skips CSRF, and no browser gets the Basic dialog.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(request -> API.matches(request) && basicCredentials.matches(request)
                                && request.getRequestedSessionId() == null))
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
                // Given as the default for every request: an entry point set outright would stop the login page's making.
                .exceptionHandling(refusals -> refusals
                        .defaultAuthenticationEntryPointFor(askForLogin, AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(new DelegatingAccessDeniedHandler(
                                new LinkedHashMap<>(Map.of(CsrfException.class, SecurityConfiguration::refuseWithoutXsrfToken)),
                                new AccessDeniedHandlerImpl())))
                .addFilterBefore(new LoginThrottleFilter(failedLogins, new OrRequestMatcher(basicCredentials,
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login"))),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new CsrfCookieIssuer(), BasicAuthenticationFilter.class)
                .build();
    }

    private static boolean sendsBasic(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static void refuseWithoutXsrfToken(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException refused) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"error\":\"X-XSRF-TOKEN: a call authenticated by the session cookie must send the "
                + "XSRF-TOKEN cookie's value in this header (or authenticate with HTTP Basic)\",\"field\":\"X-XSRF-TOKEN\"}");
    }

    /** bcrypt, for every login: the form's, and each HTTP Basic request's, which {@link AcceptedPasswords} spares a while. */
    @Bean
    PasswordEncoder passwordEncoder(StudioProperties properties) {
        Duration remembered = Duration.ofSeconds(properties.security().rememberAcceptedPasswordSeconds());
        PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return remembered.isZero() ? bcrypt : new AcceptedPasswords(bcrypt, remembered, Ticker.systemTicker());
    }

    @Bean
    UserDetailsService operators(StudioProperties properties, PasswordEncoder encoder) throws IOException {
        StudioProperties.Security login = properties.security();
        String hash = login.password() == null || login.password().isBlank()
                ? GeneratedPassword.hash(login.passwordFile(), login.username(), encoder)
                : encoder.encode(login.password());
        return new InMemoryUserDetailsManager(User.withUsername(login.username()).password(hash)
                .roles("admin", "viewer").build());
    }
}
