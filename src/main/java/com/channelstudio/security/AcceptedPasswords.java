package com.channelstudio.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, for {@code studio.security.remember-accepted-password-seconds}, the passwords it
 * has just accepted: a script calling the API with HTTP Basic sends the password with every request, and bcrypt's
 * deliberate cost (about 0.1 s of a core) on each one made a busy client cost the studio a core. Only a keyed
 * SHA-256 of an accepted password and its hash is kept, in memory, under a key drawn at start; a wrong password is
 * never remembered, so every guess still pays bcrypt (and the login throttle).
 */
final class AcceptedPasswords implements PasswordEncoder {

    private static final int MAX_REMEMBERED = 1_000;
    private static final String MAC = "HmacSHA256";

    private final PasswordEncoder bcrypt;
    private final Cache<String, Boolean> accepted;
    private final SecretKeySpec key;

    AcceptedPasswords(PasswordEncoder bcrypt, Duration remembered, Ticker ticker) {
        this.bcrypt = bcrypt;
        this.accepted = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).expireAfterWrite(remembered).ticker(ticker).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, MAC);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return bcrypt.matches(rawPassword, encodedPassword);
        }
        String fingerprint = fingerprint(rawPassword, encodedPassword);
        if (accepted.getIfPresent(fingerprint) != null) {
            return true;
        }
        boolean matches = bcrypt.matches(rawPassword, encodedPassword);
        if (matches) {
            accepted.put(fingerprint, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", unavailable);
        }
    }
}
