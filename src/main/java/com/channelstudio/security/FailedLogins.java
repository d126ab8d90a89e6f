package com.channelstudio.security;

import com.channelstudio.config.StudioProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The wrong logins of the last minute, per client address and in all, and how long an address must now wait before
 * its credentials are checked again ({@code studio.security.login-throttle}). Memory stays bounded whatever the number
 * of addresses: the least recently seen are forgotten first.
 */
@Component
public class FailedLogins {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final Duration REMEMBERED = Duration.ofDays(1);
    private static final int MAX_ADDRESSES = 100_000;

    private final StudioProperties.LoginThrottle limits;
    private final Clock clock;
    private final Cache<String, Address> addresses = Caffeine.newBuilder().maximumSize(MAX_ADDRESSES)
            .expireAfterAccess(REMEMBERED).build();
    /** Addresses that logged in lately: a flood of failures from elsewhere does not lock their operator out. */
    private final Cache<String, Boolean> loggedIn = Caffeine.newBuilder().maximumSize(MAX_ADDRESSES)
            .expireAfterWrite(REMEMBERED).build();
    private final Deque<Instant> allFailures = new ArrayDeque<>();

    @Autowired
    public FailedLogins(StudioProperties properties) {
        this(properties.security().loginThrottle(), Clock.systemUTC());
    }

    FailedLogins(StudioProperties.LoginThrottle limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long this address must wait before its credentials are checked again; empty: check them now. */
    public synchronized Optional<Duration> waitFor(String address) {
        Instant now = clock.instant();
        Address known = addresses.getIfPresent(address);
        if (known != null && known.blockedUntil.isAfter(now)) {
            return Optional.of(Duration.between(now, known.blockedUntil));
        }
        forgetBefore(allFailures, now.minus(WINDOW));
        if (allFailures.size() >= limits.totalFailuresPerMinute() && loggedIn.getIfPresent(address) == null) {
            return Optional.of(Duration.between(now, allFailures.peekFirst().plus(WINDOW)));
        }
        return Optional.empty();
    }

    public synchronized void failed(String address) {
        Instant now = clock.instant();
        allFailures.addLast(now);
        while (allFailures.size() > limits.totalFailuresPerMinute()) {
            allFailures.removeFirst();
        }
        Address known = addresses.get(address, any -> new Address());
        forgetBefore(known.failures, now.minus(WINDOW));
        known.failures.addLast(now);
        if (known.failures.size() >= limits.addressFailuresPerMinute()) {
            long waitSeconds = Math.min(limits.maxWaitSeconds(), (long) limits.firstWaitSeconds() << Math.min(known.blocks, 30));
            known.blockedUntil = now.plusSeconds(waitSeconds);
            known.blocks++;
            known.failures.clear();
        }
    }

    public synchronized void succeeded(String address) {
        addresses.invalidate(address);
        loggedIn.put(address, Boolean.TRUE);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        addressOf(failure.getAuthentication()).ifPresent(this::failed);
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        addressOf(success.getAuthentication()).ifPresent(this::succeeded);
    }

    private static Optional<String> addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? Optional.of(details.getRemoteAddress()) : Optional.empty();
    }

    private static void forgetBefore(Deque<Instant> failures, Instant start) {
        while (!failures.isEmpty() && failures.peekFirst().isBefore(start)) {
            failures.removeFirst();
        }
    }

    private static final class Address {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant blockedUntil = Instant.MIN;
        int blocks;
    }
}
