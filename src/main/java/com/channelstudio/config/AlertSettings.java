package com.channelstudio.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code studio.alerts.*}: where alerts go (a webhook, email addresses; either, both or none), how often the
 * conditions are checked and the outbox is read, how failed deliveries are retried, the flood limit, the thresholds
 * of the conditions, and the daily digest. A bad URL, address or cron stops the start naming the key. The URL and
 * the addresses are checked in code, not by constraints: the start's report of a broken constraint prints the value,
 * and a webhook's URL is its secret; the addresses take the mail library's strict parser.
 */
public record AlertSettings(
        @DefaultValue Webhook webhook,
        @DefaultValue Email email,
        @DefaultValue("0 * * * * ?") @QuartzCron String checkCron,
        @DefaultValue("5000") @Min(100) long deliveryPollMs,
        @DefaultValue("60") @Positive int retryFirstSeconds,
        @DefaultValue("24") @Min(1) @Max(720) int retryHours,
        @DefaultValue("20") @Positive int maxPerHour,
        @DefaultValue("24") @Positive int uploadWaitHours,
        @DefaultValue("120") @Positive int stuckMinutes,
        @DefaultValue("10") @Positive double diskFreeGb,
        @DefaultValue("0 0 8 * * ?") @QuartzCron String digestCron,
        @DefaultValue("UTC") ZoneId timeZone) {

    /** A Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat, Discord's {@code …/slack}); empty: none. */
    public record Webhook(@DefaultValue("") String url) {

        public Webhook {
            if (!url.isBlank()) {
                requireHttpUrl(url);
            }
        }

        public boolean configured() {
            return !url.isBlank();
        }

        private static void requireHttpUrl(String url) {
            try {
                URI uri = new URI(url);
                if (uri.getHost() == null || !List.of("http", "https").contains(String.valueOf(uri.getScheme()))) {
                    throw new URISyntaxException(url, "no http or https scheme with a host");
                }
            } catch (URISyntaxException e) {
                // The URL itself is left out: an incoming webhook's path is its secret.
                throw new IllegalArgumentException("studio.alerts.webhook.url must be an http:// or https:// URL with a host, "
                        + "e.g. https://hooks.slack.com/services/T000/B000/XXXX (" + e.getReason() + ")");
            }
        }
    }

    /** Addresses alerts are mailed to (comma separated) and the sender; the SMTP server is Spring Boot's {@code spring.mail.*}. */
    public record Email(@DefaultValue("") List<String> to, @DefaultValue("") String from) {

        public Email {
            to = to.stream().filter(address -> !address.isBlank()).toList();
            to.forEach(address -> requireAddress("studio.alerts.email.to", address));
            if (!to.isEmpty() && from.isBlank()) {
                throw new IllegalArgumentException("studio.alerts.email.from must be set when studio.alerts.email.to is: "
                        + "the address the alerts come from (your SMTP account's, for Gmail)");
            }
            if (!from.isBlank()) {
                requireAddress("studio.alerts.email.from", from);
            }
        }

        public boolean configured() {
            return !to.isEmpty();
        }

        private static void requireAddress(String key, String address) {
            try {
                new InternetAddress(address, true).validate();
            } catch (AddressException e) {
                throw new IllegalArgumentException(key + " must hold email addresses such as ops@example.com (was "
                        + address + ": " + e.getMessage() + ")");
            }
        }
    }
}
