package com.channelstudio.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.support.StudioSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Any process on the machine could log in to the embedded PostgreSQL as its superuser without a password, rewrite
 * output folders, read the encrypted tokens or run programs with COPY ... TO PROGRAM. Now every connection needs a
 * password, kept beside the data folder for the studio's user only; the socket lies in the data folder; the studio
 * connects as a role that owns the schema and is no superuser; and a folder made by an earlier version is locked on
 * its next start, its data kept.
 */
class EmbeddedDatabaseIsLockedTest {

    @TempDir
    Path folder;

    @Test
    void aNewDatabaseAsksEveryoneForAPasswordAndTheStudioIsNoSuperuser() throws Exception {
        Path data = folder.resolve("data/postgres");
        StudioProperties settings = StudioSettings.of(Map.of("studio.database.embedded-dir", data.toString()));
        EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(settings)) {
            assertRefusedWithoutPassword(postgres.getPort());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            Path passwords = folder.resolve("data/postgres.pgpass");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords))).isEqualTo("rw-------");
            assertThat(Files.readString(passwords)).containsPattern("localhost:\\*:\\*:studio:[0-9a-f]{48}\n");
            assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust");

            JdbcTemplate studio = new JdbcTemplate(configuration.dataSource(postgres, settings, 2));
            assertThat(new JdbcTemplate(postgres.getPostgresDatabase()).queryForObject("SHOW unix_socket_directories", String.class))
                    .isEqualTo(data.toString());
            assertStudioOwnsTheSchemaButIsNoSuperuser(studio);
            studio.execute("CREATE TABLE channels_kept (name TEXT)");
            studio.update("INSERT INTO channels_kept VALUES ('Lo-Fi Study Beats')");
        }
        try (EmbeddedPostgres again = configuration.embeddedPostgres(settings)) {
            assertThat(new JdbcTemplate(configuration.dataSource(again, settings, 2))
                    .queryForObject("SELECT name FROM channels_kept", String.class)).isEqualTo("Lo-Fi Study Beats");
        }
    }

    @Test
    void aFolderOfTheEarlierVersionIsLockedOnItsNextStartWithItsData() throws Exception {
        Path data = folder.resolve("postgres");
        // As the earlier version made it: zonky's initdb, the superuser trusted without a password, tables its own.
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start()) {
            JdbcTemplate superuser = new JdbcTemplate(earlier.getPostgresDatabase());
            superuser.execute("CREATE TYPE video_job_status AS ENUM ('planned', 'completed')");
            superuser.execute("CREATE TABLE video_jobs (id SERIAL PRIMARY KEY, status video_job_status)");
            superuser.update("INSERT INTO video_jobs (status) VALUES ('completed')");
        }
        StudioProperties settings = StudioSettings.of(Map.of("studio.database.embedded-dir", data.toString()));
        EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
        try (EmbeddedPostgres locked = configuration.embeddedPostgres(settings)) {
            assertRefusedWithoutPassword(locked.getPort());
            JdbcTemplate studio = new JdbcTemplate(configuration.dataSource(locked, settings, 2));
            assertStudioOwnsTheSchemaButIsNoSuperuser(studio);
            studio.update("INSERT INTO video_jobs (status) VALUES ('planned')");
            assertThat(studio.queryForList("SELECT CAST(status AS TEXT) FROM video_jobs ORDER BY id", String.class))
                    .containsExactly("completed", "planned");
            assertThat(studio.queryForObject("SELECT pg_get_userbyid(typowner) FROM pg_type WHERE typname = 'video_job_status'",
                    String.class)).isEqualTo("studio");
        }
    }

    private static void assertRefusedWithoutPassword(int port) {
        for (String user : new String[] {"postgres", "studio"}) {
            Properties noPassword = new Properties();
            noPassword.setProperty("user", user);
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", noPassword).close())
                    .as(user).hasMessageContaining("password");
            Properties wrongPassword = new Properties();
            wrongPassword.setProperty("user", user);
            wrongPassword.setProperty("password", "postgres");
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", wrongPassword).close())
                    .as(user).hasMessageContaining("password authentication failed");
        }
    }

    private static void assertStudioOwnsTheSchemaButIsNoSuperuser(JdbcTemplate studio) {
        assertThat(studio.queryForObject("SELECT current_user", String.class)).isEqualTo("studio");
        assertThat(studio.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", Boolean.class)).isFalse();
        assertThat(studio.queryForObject("SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'public'", String.class))
                .isEqualTo("studio");
        assertThatThrownBy(() -> studio.execute("COPY (SELECT 1) TO PROGRAM 'true'"))
                .rootCause().hasMessageContaining("pg_execute_server_program");
    }
}
