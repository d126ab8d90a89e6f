package com.channelstudio.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.config.Price;
import com.channelstudio.costs.Charge;
import com.channelstudio.jobs.VideoJob;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every billed provider call is counted for Prometheus in US dollars by provider (studio_provider_spend_usd_total), as
 * it is recorded; in this context, whose /actuator/prometheus is served as it runs.
 */
@AlertingStudioTest
class ProviderSpendIsServedToPrometheusTest {

    @Autowired
    ProducerTemplate camel;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate sql;

    @Test
    void aRecordedCallAddsItsDollarsToItsProvidersCounter() {
        Situations situations = new Situations(sql);
        UUID channel = situations.channel("Spend");
        UUID job = situations.failedJob(channel, "Stage generating_music failed: a test of the spend metric");
        VideoJob claimed = new VideoJob(job, channel, "generating_music", "Spend", "calm", 60, null, "spend", null);
        double before = spent("stableaudio");

        for (int clip = 0; clip < 2; clip++) {
            camel.send("direct:record-provider-cost", exchange -> {
                exchange.setProperty("job", claimed);
                exchange.setProperty("charge", new Charge("stableaudio", "track", 7, BigDecimal.ONE, Price.Unit.PER_TRACK,
                        new BigDecimal("0.20"), false));
            });
        }

        assertThat(spent("stableaudio") - before).isCloseTo(0.40, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(sql.queryForObject("SELECT sum(cost_usd) FROM provider_costs WHERE video_job_id = ?", BigDecimal.class, job))
                .isEqualByComparingTo("0.40");
    }

    private double spent(String provider) {
        String served = http.withBasicAuth("operator", "test-operator-secret").getForObject("/actuator/prometheus", String.class);
        Matcher counter = Pattern.compile("(?m)^studio_provider_spend_usd_total\\{provider=\"" + provider + "\"} (\\S+)$").matcher(served);
        return counter.find() ? Double.parseDouble(counter.group(1)) : 0;
    }
}
