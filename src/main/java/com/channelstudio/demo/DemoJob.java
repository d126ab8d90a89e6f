package com.channelstudio.demo;

import com.channelstudio.config.StudioProperties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** On an empty database, plans one demo video so a first run ends in a real video and upload package. */
@Component
@ConditionalOnProperty(name = "studio.demo.enabled", havingValue = "true")
public class DemoJob implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoJob.class);

    private final JdbcTemplate jdbc;
    private final StudioProperties properties;

    public DemoJob(JdbcTemplate jdbc, StudioProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer channels = jdbc.queryForObject("SELECT COUNT(*) FROM channels", Integer.class);
        if (channels == null || channels > 0) {
            return;
        }
        UUID channel = jdbc.queryForObject(
                "INSERT INTO channels (name, brand_niche) VALUES (?, ?) RETURNING id", UUID.class,
                "Lo-Fi Study Beats (demo)", "Lo-Fi Study Beats");
        UUID job = UUID.randomUUID();
        String folder = "demo-" + job;
        jdbc.update("INSERT INTO video_jobs (id, channel_id, niche_label, mood_keywords, target_duration_minutes, "
                + "output_directory) VALUES (?, ?, ?, ?, ?, ?)",
                job, channel, "Lo-Fi Study Beats", "calm, warm, nostalgic, focused", 60, folder);
        log.info("Demo job {} planned (60 minutes). Its video and upload package will be in {}", job,
                properties.outputDir().toAbsolutePath().normalize().resolve(folder));
    }
}
