package com.channelstudio.config;

import static com.channelstudio.support.SettingsStart.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.channelstudio.alerts.AlertDestinations;
import com.channelstudio.support.StudioSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/** Where alerts go is checked at the start: a bad webhook URL, email address or cron stops it naming the key. */
@ExtendWith(OutputCaptureExtension.class)
class AlertSettingsTest {

    @Test
    void aWebhookUrlThatIsNoHttpUrlStopsTheStartWithoutShowingIt(CapturedOutput output) {
        assertThatThrownBy(() -> start("--studio.alerts.webhook.url=hooks.slack.com/services/T1/B2/secret-token"))
                .isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr()).contains("studio.alerts.webhook.url must be an http:// or https:// URL")
                .doesNotContain("secret-token");
    }

    @Test
    void aBadEmailAddressStopsTheStartNamingIt(CapturedOutput output) {
        assertThatThrownBy(() -> start("--studio.alerts.email.to=ops@example.com, not an address",
                "--studio.alerts.email.from=studio@example.com")).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr()).contains("studio.alerts.email.to must hold email addresses",
                "was not an address");
    }

    @Test
    void mailWithoutASenderStopsTheStartNamingTheKey(CapturedOutput output) {
        assertThatThrownBy(() -> start("--studio.alerts.email.to=ops@example.com")).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr()).contains("studio.alerts.email.from must be set when studio.alerts.email.to is");
    }

    @Test
    void aBadDigestCronOrTimeZoneStopsTheStartNamingIt(CapturedOutput output) {
        assertThatThrownBy(() -> start("--studio.alerts.digest-cron=every morning")).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr())
                .contains("studio.alerts.digest-cron", "every morning", "must be a Quartz cron expression, seconds first");
        assertThatThrownBy(() -> start("--studio.alerts.time-zone=Mars/Olympus")).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr()).contains("studio.alerts.time-zone", "Mars/Olympus");
    }

    @Test
    void aPublicUrlThatIsNoAddressStopsTheStart(CapturedOutput output) {
        assertThatThrownBy(() -> start("--studio.public-url=studio.example.com")).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr()).contains("studio.public-url", "must be empty or the studio's address");
    }

    @Test
    void mailWithoutAnSmtpServerStopsTheStartNamingSpringMailHost() {
        StudioProperties settings = StudioSettings.of(Map.of("studio.alerts.email.to", "ops@example.com, team@example.com",
                "studio.alerts.email.from", "studio@example.com"));
        assertThatThrownBy(() -> new AlertDestinations(settings, new MockEnvironment()))
                .hasMessageStartingWith("studio.alerts.email.to is set, but spring.mail.host is not");
        AlertDestinations destinations = new AlertDestinations(settings, new MockEnvironment().withProperty("spring.mail.host", "smtp.example.com"));
        assertThat(destinations.names()).isEqualTo("email");
        assertThat(settings.alerts().email().to()).containsExactly("ops@example.com", "team@example.com");
    }
}
