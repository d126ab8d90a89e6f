package com.channelstudio.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.channelstudio.support.OnThePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ops/prometheus/alerts.yml is rules a Prometheus user can load: promtool (Debian's prometheus package, which
 * .ci/run installs) accepts them, and every metric they read is one the studio serves at /actuator/prometheus.
 */
@AlertingStudioTest
class PrometheusRulesTest {

    private static final Path RULES = Path.of("ops/prometheus/alerts.yml");

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate sql;

    @Test
    void promtoolAcceptsTheRules() throws Exception {
        String promtool = OnThePath.requiredByTheProof("promtool", "apt-get install prometheus");
        Process check = new ProcessBuilder(promtool, "check", "rules", RULES.toString()).redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(said).isZero();
        assertThat(said).contains("SUCCESS: 5 rules found");
    }

    @Test
    void everyMetricTheRulesReadIsServed() throws IOException {
        // One delivery, so the counter of deliveries has a series.
        Situations situations = new Situations(sql);
        situations.failedJob(situations.channel("Metrics"), "Stage rendering failed: FFmpeg exited with 1");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(scrape()).contains("studio_alert_deliveries_total{"));

        String served = scrape();
        TreeSet<String> read = new TreeSet<>();
        Matcher metric = Pattern.compile("\\b(studio_[a-z_]+|disk_free_bytes)\\b").matcher(Files.readString(RULES));
        while (metric.find()) {
            read.add(metric.group(1));
        }
        assertThat(read).containsExactlyInAnyOrder("studio_jobs", "studio_scheduled_channels_without_upload",
                "disk_free_bytes", "studio_alert_deliveries_total", "studio_alerts_open");
        assertThat(read).allSatisfy(name -> assertThat(served).containsPattern("(?m)^" + name + "[{ ]"));
        assertThat(served).contains("studio_alerts_open{kind=\"job_failed\"}", "studio_alerts_open{kind=\"instance_lost\"}",
                "studio_alert_deliveries_total{destination=\"webhook\",outcome=\"delivered\"}");
        assertThat(served).containsPattern("disk_free_bytes\\{path=\"[^\"]*test-output\"\\}");
    }

    private String scrape() {
        return http.withBasicAuth("operator", "test-operator-secret").getForObject("/actuator/prometheus", String.class);
    }
}
