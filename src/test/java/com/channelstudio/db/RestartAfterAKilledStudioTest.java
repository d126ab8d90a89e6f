package com.channelstudio.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.support.Processes;
import com.channelstudio.support.TestClasspath;
import com.channelstudio.support.StudioSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * A studio killed with {@code kill -9} starts again on the same data folder, with its data,
 * whether its PostgreSQL server still runs (it outlives the studio) or died too and left its pid file behind.
 * Real processes: the first studio is a separate JVM, killed without a chance to shut anything down.
 */
@Tag("slow")
class RestartAfterAKilledStudioTest {

    private static final String CHANNEL = "Lo-Fi Study Beats";

    private final Path folder = Path.of("target/test-postgres/killed-studio").toAbsolutePath();
    private final List<String> studioOutput = new CopyOnWriteArrayList<>();
    private Process studio;

    @BeforeEach
    void startsEmpty() {
        FileSystemUtils.deleteRecursively(folder.toFile());
    }

    @AfterEach
    void stopsWhatTheTestStarted() throws Exception {
        if (studio != null) {
            studio.destroyForcibly().waitFor();
        }
        Optional<ProcessHandle> server = serverPid().flatMap(ProcessHandle::of);
        if (server.isPresent()) {
            // The next test deletes the folder: a server still shutting down would write into its successor's.
            server.get().destroy();
            server.get().onExit().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theServerAKilledStudioLeftRunningIsStoppedAndTheDataKept() throws Exception {
        startStudio();
        long leftover = serverPid().orElseThrow();
        studio.destroyForcibly().waitFor();
        assertThat(Processes.running(leftover)).as("the server outlives its studio").isTrue();

        try (EmbeddedPostgres restarted = new EmbeddedPostgresConfiguration().embeddedPostgres(settings())) {
            assertThat(channels(restarted)).containsExactly(CHANNEL);
            assertThat(serverPid()).hasValueSatisfying(server -> assertThat(server).isNotEqualTo(leftover));
        }
        assertThat(Processes.running(leftover)).as("the leftover server runs").isFalse();
    }

    @Test
    void aPidFileNamingAnotherProgramAfterTheServerDiedDoesNotStopTheStart() throws Exception {
        startStudio();
        ProcessHandle server = ProcessHandle.of(serverPid().orElseThrow()).orElseThrow();
        studio.destroyForcibly().waitFor();
        server.destroyForcibly();
        await().atMost(Duration.ofSeconds(5)).until(() -> !Processes.running(server.pid()));
        // After a reboot the dead server's number may belong to any program, which PostgreSQL takes for the server.
        Process otherProgram = new ProcessBuilder("sleep", "60").start();
        try {
            List<String> pidFile = Files.readAllLines(folder.resolve(LeftoverPostmaster.PID_FILE));
            pidFile.set(0, String.valueOf(otherProgram.pid()));
            Files.write(folder.resolve(LeftoverPostmaster.PID_FILE), pidFile);

            try (EmbeddedPostgres restarted = new EmbeddedPostgresConfiguration().embeddedPostgres(settings())) {
                assertThat(channels(restarted)).containsExactly(CHANNEL);
            }
            assertThat(otherProgram.isAlive()).as("the other program, untouched").isTrue();
        } finally {
            otherProgram.destroyForcibly();
        }
    }

    @Test
    void theServerOfAStudioStillRunningIsLeftAlone() throws Exception {
        startStudio();
        long server = serverPid().orElseThrow();

        assertThatThrownBy(() -> new EmbeddedPostgresConfiguration().embeddedPostgres(settings()))
                .hasMessageContaining("The embedded database in " + folder + " is in use by another running studio")
                .hasMessageContaining("studio.database.embedded-dir");
        assertThat(Processes.running(server)).as("the running studio's server runs").isTrue();
        assertThat(studio.isAlive()).isTrue();
    }

    /** Starts the first studio in a JVM of its own and waits until it has recorded a channel. */
    private void startStudio() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        studio = new ProcessBuilder(java, "-cp", TestClasspath.forAChildJvm(),
                StudioWithADatabase.class.getName(), folder.toString(), CHANNEL).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(studio.getInputStream()))) {
                lines.lines().forEach(studioOutput::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        await().atMost(Duration.ofSeconds(60)).failFast(() -> {
            if (!studio.isAlive()) {
                reader.join(Duration.ofSeconds(5).toMillis());
                throw new AssertionError("the first studio ended: " + String.join("\n", studioOutput));
            }
        }).until(() -> studioOutput.contains(StudioWithADatabase.READY));
    }

    private Optional<Long> serverPid() throws IOException {
        Path pidFile = folder.resolve(LeftoverPostmaster.PID_FILE);
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return Files.readAllLines(pidFile).stream().findFirst().map(String::strip).map(Long::valueOf);
    }

    private StudioProperties settings() {
        return StudioSettings.of(Map.of("studio.database.embedded-dir", folder.toString()));
    }

    private static List<String> channels(EmbeddedPostgres postgres) {
        return new JdbcTemplate(postgres.getPostgresDatabase()).queryForList("SELECT name FROM channels", String.class);
    }
}
