package com.channelstudio.alerts;

import com.channelstudio.config.AlertSettings;
import com.channelstudio.config.StudioProperties;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where alert messages go ({@code webhook}, {@code email}: those configured), and how their delivery is limited
 * and retried. Email needs an SMTP server: {@code studio.alerts.email.to} without {@code spring.mail.host} stops
 * the start naming both.
 */
@Component("alertDestinations")
public class AlertDestinations {

    private final AlertSettings settings;

    public AlertDestinations(StudioProperties properties, Environment environment) {
        this.settings = properties.alerts();
        String mailHost = environment.getProperty("spring.mail.host", "");
        if (settings.email().configured() && mailHost.isBlank()) {
            throw new IllegalStateException("studio.alerts.email.to is set, but spring.mail.host is not: name the SMTP "
                    + "server alerts are mailed through (spring.mail.host, port, username, password; docs/alerts.md)");
        }
    }

    /** The configured destinations, comma separated, as the announcing statements take them. */
    public String names() {
        List<String> names = new ArrayList<>();
        if (settings.webhook().configured()) {
            names.add("webhook");
        }
        if (settings.email().configured()) {
            names.add("email");
        }
        return String.join(",", names);
    }

    /** The webhook's URL: only ever put on the message as the HTTP URI, never logged (its path is its secret). */
    public String webhookUrl() {
        return settings.webhook().url();
    }

    public int maxPerHour() {
        return settings.maxPerHour();
    }

    public int retryFirstSeconds() {
        return settings.retryFirstSeconds();
    }

    public int retryHours() {
        return settings.retryHours();
    }
}
