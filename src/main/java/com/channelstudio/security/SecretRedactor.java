package com.channelstudio.security;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Removes secret values from text bound for logs, the database or error messages: the configured keys, and the
 * tokens the studio obtains while it runs (e.g. Mubert's customer token), once they are remembered here.
 */
@Component
public class SecretRedactor {

    static final List<String> SECRET_PROPERTIES = List.of(
            "studio.providers.mubert.license-token",
            "studio.providers.mubert.company-id",
            "studio.providers.beatoven.api-key",
            "studio.providers.leonardo.api-key",
            "studio.providers.gemini.api-key",
            "studio.llm.api-key",
            "studio.security.password",
            "studio.secrets.key",
            "studio.youtube.client-secret",
            "spring.datasource.password",
            // an incoming webhook's URL is its credential (Slack's /services/T…/B…/…)
            "studio.alerts.webhook.url",
            "spring.mail.password");

    private final List<String> secrets = new CopyOnWriteArrayList<>();

    public SecretRedactor(Environment environment) {
        SECRET_PROPERTIES.stream().map(environment::getProperty).filter(Objects::nonNull).forEach(this::remember);
    }

    /** Redacts this value from now on; call it as soon as a token is obtained, before anything can log it. */
    public void remember(String secret) {
        if (secret != null && secret.length() >= 4 && !secrets.contains(secret)) {
            secrets.add(secret);
        }
    }

    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String clean = text;
        for (String secret : secrets) {
            clean = clean.replace(secret, "[redacted]");
        }
        return clean;
    }
}
