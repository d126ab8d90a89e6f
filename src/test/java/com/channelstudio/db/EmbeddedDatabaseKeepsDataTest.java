package com.channelstudio.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.support.StudioSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded server keeps its data in the configured folder, so a restart keeps channels and jobs. */
class EmbeddedDatabaseKeepsDataTest {

    @TempDir
    Path folder;

    @Test
    void dataSurvivesARestartOnTheSameFolder() throws Exception {
        EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
        Path data = folder.resolve("data/postgres");
        StudioProperties settings = StudioSettings.of(Map.of("studio.database.embedded-dir", data.toString()));
        try (EmbeddedPostgres first = configuration.embeddedPostgres(settings)) {
            JdbcTemplate sql = new JdbcTemplate(first.getPostgresDatabase());
            sql.execute("CREATE TABLE kept (name TEXT)");
            sql.update("INSERT INTO kept VALUES (?)", "Lo-Fi Study Beats");
        }
        try (EmbeddedPostgres second = configuration.embeddedPostgres(settings)) {
            JdbcTemplate sql = new JdbcTemplate(second.getPostgresDatabase());
            assertThat(sql.queryForObject("SELECT name FROM kept", String.class)).isEqualTo("Lo-Fi Study Beats");
        }
        assertThat(data.resolve("postgresql.conf")).exists();
    }
}
