package com.channelstudio.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.Jobs;
import com.channelstudio.support.TestOutput;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With SPRING_DATASOURCE_URL set the studio uses that server (migrating it) and starts nothing embedded;
 * a job inserted there by plain SQL is made into a video in its directory.
 */
@CamelSpringBootTest
@SpringBootTest(properties = {
        // The shared test settings (src/test/resources/application-test.yml) override config/application.yml.
        "spring.config.additional-location=classpath:application-test.yml",
        // Quartz schedulers are per JVM and named after the Camel context: each context needs its own name, or this
        // one's render trigger would fire into another context (and that one's into this).
        "camel.main.name=channel-studio-external-database"})
@Tag("slow")
class ExternalDatabaseTest {

    /** Stands in for the operator's server (Neon in production), started outside the studio. */
    private static EmbeddedPostgres external;

    @DynamicPropertySource
    static void externalServer(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> server().getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    private static synchronized EmbeddedPostgres server() {
        if (external == null) {
            try {
                external = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("external-pg")).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return external;
    }

    @AfterAll
    static void stopServer() throws IOException {
        external.close();
    }

    @Autowired
    ApplicationContext context;

    Path folder = TestOutput.newFolder();

    @Test
    void usesTheConfiguredServerAndMakesItsJobIntoAVideo() {
        assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        JdbcTemplate operatorsSql = new JdbcTemplate(server().getPostgresDatabase());
        assertThat(operatorsSql.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success", Integer.class))
                .isGreaterThanOrEqualTo(2);

        Jobs jobs = new Jobs(operatorsSql);
        Path output = folder.resolve("neon job");
        UUID job = jobs.planned("Medieval Fantasy Ambience", "mysterious, epic, warm", 90, output);
        assertThat(jobs.awaitFinished(job, Duration.ofMinutes(3))).isEqualTo("completed");
        assertThat(TestOutput.file((String) jobs.row(job).get("local_video_path"))).exists().startsWith(output);
        assertThat(output.resolve("export/metadata.json")).exists();
    }
}
