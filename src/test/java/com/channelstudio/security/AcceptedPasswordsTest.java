package com.channelstudio.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A script's HTTP Basic password costs bcrypt once in the remembered time; a wrong one costs it every time. */
class AcceptedPasswordsTest {

    private static final Duration REMEMBERED = Duration.ofMinutes(5);

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4) {
        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            bcryptChecks.incrementAndGet();
            return super.matches(rawPassword, encodedPassword);
        }
    };
    private final AcceptedPasswords passwords = new AcceptedPasswords(bcrypt, REMEMBERED, nanos::get);
    private final String hash = passwords.encode("right-password-123");

    @Test
    void anAcceptedPasswordIsCheckedByBcryptOnceInTheRememberedTime() {
        for (int request = 0; request < 5; request++) {
            assertThat(passwords.matches("right-password-123", hash)).isTrue();
        }
        assertThat(bcryptChecks).hasValue(1);

        nanos.addAndGet(REMEMBERED.plusSeconds(1).toNanos());
        assertThat(passwords.matches("right-password-123", hash)).isTrue();
        assertThat(bcryptChecks).hasValue(2);
    }

    @Test
    void aWrongPasswordIsCheckedByBcryptEveryTimeAndNeverAccepted() {
        assertThat(passwords.matches("right-password-123", hash)).isTrue();
        for (int guess = 0; guess < 3; guess++) {
            assertThat(passwords.matches("right-password-12", hash)).isFalse();
        }
        assertThat(bcryptChecks).hasValue(4);
    }

    @Test
    void aPasswordAcceptedForOneHashIsCheckedAgainForAnother() {
        String otherHash = passwords.encode("another-password-456");
        assertThat(passwords.matches("right-password-123", hash)).isTrue();
        assertThat(passwords.matches("right-password-123", otherHash)).isFalse();
        assertThat(bcryptChecks).hasValue(2);
    }
}
