package com.channelstudio.security;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/** Everything but health needs the operator's login: the REST API, Hawtio and Jolokia. */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain studioSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .formLogin(Customizer.withDefaults())
                // Hawtio's pages send back the token of this cookie as it is. A browser sends the session cookie to
                // any site's form or link by itself, but not an Authorization header: only calls with one skip CSRF.
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null))
                // Written lazily, the headers went out from whichever thread committed the response: the container's
                // at the end of the filter chain, or platform-http's Camel thread at the same moment, and Tomcat's
                // header list is not thread-safe (a ": " line, a header lost or doubled once in about 3000).
                .headers(headers -> headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }))
                .addFilterAfter(new CsrfCookieIssuer(), BasicAuthenticationFilter.class)
                .build();
    }

    @Bean
    UserDetailsService operators(@Value("${studio.security.username:operator}") String username,
            @Value("${studio.security.password:}") String password) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String effective = password;
        if (effective.isBlank()) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            effective = HexFormat.of().formatHex(random);
            log.warn("No studio.security.password set: generated password for user '{}' is {} (valid until restart)",
                    username, effective);
        }
        return new InMemoryUserDetailsManager(User.withUsername(username).password(encoder.encode(effective))
                .roles("admin", "viewer").build());
    }
}
