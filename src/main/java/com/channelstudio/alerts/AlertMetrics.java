package com.channelstudio.alerts;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Prometheus: {@code studio_alerts_open{kind}} (across all instances, from the database; one series per kind of
 * alert_kinds), {@code studio_scheduled_channels_without_upload} (channels whose enabled schedule uploads, with no
 * video uploaded for a day) and {@code studio_alert_deliveries_total{destination,outcome}} (this instance's attempts:
 * delivered, failed and tried again, undeliverable). ops/prometheus/alerts.yml alerts on them.
 */
@Component("alertMetrics")
public class AlertMetrics {

    private static final String SILENT_CHANNELS = """
            SELECT count(*) FROM channel_schedules s JOIN channels c ON c.id = s.channel_id
             WHERE s.enabled AND c.is_active AND s.upload_strategy <> 'none'
               AND s.created_at < CURRENT_TIMESTAMP - INTERVAL '1 day'
               AND NOT EXISTS (SELECT 1 FROM video_jobs j WHERE j.channel_id = c.id
                                  AND j.youtube_uploaded_at > CURRENT_TIMESTAMP - INTERVAL '1 day')""";

    private final MeterRegistry registry;
    private final JdbcTemplate jdbc;

    public AlertMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    /**
     * A gauge per kind the database knows, once the studio has started. Called by the route register-alert-gauges
     * (routes/alerts.camel.yaml), so a database out of reach at that moment (a studio restarted as its database goes
     * down) is waited out like any statement, instead of failing the start.
     */
    public void registerGauges() {
        List<String> kinds = jdbc.queryForList("SELECT kind FROM alert_kinds ORDER BY kind", String.class);
        for (String kind : kinds) {
            Gauge.builder("studio.alerts.open", () -> count("SELECT count(*) FROM alerts WHERE state = 'open' AND kind = ?", kind))
                    .description("Alerts open now, by kind").tag("kind", kind).register(registry);
        }
        Gauge.builder("studio.scheduled.channels.without.upload", () -> count(SILENT_CHANNELS))
                .description("Active channels whose enabled schedule uploads, with no video uploaded in the last day")
                .register(registry);
    }

    void delivery(String destination, String outcome) {
        registry.counter("studio.alert.deliveries", "destination", destination, "outcome", outcome).increment();
    }

    private double count(String sql, Object... parameters) {
        try {
            Integer count = jdbc.queryForObject(sql, Integer.class, parameters);
            return count == null ? 0 : count;
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }
}
