package com.channelstudio.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.StudioSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded database is the studio's production store: by default a power cut or an operating system crash
 * can lose no committed change and corrupt nothing. Only tests trade that for speed.
 */
class EmbeddedDatabaseIsDurableTest {

    @TempDir
    Path folder;

    @Test
    void byDefaultTheServerSyncsEveryCommitToDisk() throws Exception {
        assertThat(settingsOfAServerStartedWith(Map.of())).containsExactly("on", "on", "on");
    }

    @Test
    void testsMayRunItWithoutSyncing() throws Exception {
        assertThat(settingsOfAServerStartedWith(Map.of("studio.database.embedded-durable", "false")))
                .containsExactly("off", "off", "on");
    }

    /** fsync, synchronous_commit and full_page_writes, as the running server reports them. */
    private List<String> settingsOfAServerStartedWith(Map<String, String> keys) throws Exception {
        Map<String, String> settings = new HashMap<>(keys);
        settings.put("studio.database.embedded-dir", folder.resolve("postgres").toString());
        try (EmbeddedPostgres postgres = new EmbeddedPostgresConfiguration().embeddedPostgres(StudioSettings.of(settings))) {
            JdbcTemplate sql = new JdbcTemplate(postgres.getPostgresDatabase());
            return List.of("fsync", "synchronous_commit", "full_page_writes").stream()
                    .map(name -> sql.queryForObject("SHOW " + name, String.class))
                    .toList();
        }
    }
}
