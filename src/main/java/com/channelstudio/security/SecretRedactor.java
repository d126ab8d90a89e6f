package com.channelstudio.security;

import java.util.List;
import java.util.Objects;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Removes configured secret values from text bound for logs, the database or error messages. */
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
            "spring.datasource.password");

    private final List<String> secrets;

    public SecretRedactor(Environment environment) {
        this.secrets = SECRET_PROPERTIES.stream()
                .map(environment::getProperty)
                .filter(Objects::nonNull)
                .filter(value -> value.length() >= 4)
                .toList();
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
