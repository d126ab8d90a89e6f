package com.channelstudio.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Metric {@code studio.jobs{status=…}}: how many jobs are in each pipeline status, across all instances. */
@Component
public class JobStatusMetrics implements MeterBinder {

    static final List<String> STATUSES = List.of("planned", "generating_music", "generating_image", "rendering",
            "ready_for_export", "completed", "failed");

    private final JdbcTemplate jdbc;

    public JobStatusMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String status : STATUSES) {
            Gauge.builder("studio.jobs", () -> count(status))
                    .description("Video jobs in this pipeline status")
                    .tag("status", status)
                    .register(registry);
        }
    }

    private double count(String status) {
        try {
            Integer count = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM video_jobs WHERE status = CAST(? AS video_job_status)", Integer.class, status);
            return count == null ? 0 : count;
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }
}
