package com.channelstudio.alerts;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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

    private static final Logger log = LoggerFactory.getLogger(AlertMetrics.class);
    private static final String KINDS = "SELECT kind FROM alert_kinds ORDER BY kind";
    private static final long RETRY_MS = 5_000;
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
     * Once the schema is migrated: a gauge per kind the database knows. A database out of reach at that moment (a
     * studio restarted as its database goes down) delays the gauges, not the start: a studio that failed its start
     * over a gauge would exit, and its work would wait for another instance.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void registerGauges() {
        try {
            register(jdbc.queryForList(KINDS, String.class));
        } catch (DataAccessException outage) {
            log.warn("The alert gauges wait for the database ({}); they are registered when it answers",
                    outage.getMostSpecificCause().getMessage());
            Thread registrar = new Thread(this::registerWhenTheDatabaseAnswers, "alert-gauges");
            registrar.setDaemon(true);
            registrar.start();
        }
    }

    private void registerWhenTheDatabaseAnswers() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(RETRY_MS);
                register(jdbc.queryForList(KINDS, String.class));
                log.info("The alert gauges are registered: the database answers again");
                return;
            } catch (DataAccessException stillOut) {
                // tried again after the pause
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void register(List<String> kinds) {
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
