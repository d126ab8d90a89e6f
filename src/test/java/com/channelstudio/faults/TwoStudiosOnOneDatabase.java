package com.channelstudio.faults;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Two studio JVMs, studio-a and studio-b, on one proof PostgreSQL, each run from an empty folder of its own as
 * {@code java -jar} would from anywhere (settings and routes come from the classpath), both up before the test goes
 * on. A proof's failure carries the end of both studios' logs.
 */
final class TwoStudiosOnOneDatabase implements AutoCloseable {

    private final ProofDatabase database;
    private final List<StudioProcess> studios = new ArrayList<>();

    /** {@code work} is emptied first; {@code settings} come on top of those every studio of a proof needs. */
    static TwoStudiosOnOneDatabase start(Path work, String camelName, List<String> settings) throws IOException {
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work.resolve("logs"));
        TwoStudiosOnOneDatabase proof = new TwoStudiosOnOneDatabase(
                new ProofDatabase(work.resolve("postgres"), work.resolve("logs/postgres.log")));
        try {
            proof.database.start();
            for (String name : List.of("studio-a", "studio-b")) {
                List<String> all = new ArrayList<>(List.of("camel.main.name=" + camelName, "server.port=0",
                        "studio.demo.enabled=false", "studio.output-dir=" + work.resolve("output"),
                        "studio.ffmpeg.cache-dir=" + work.resolve("ffmpeg").resolve(name),
                        "studio.render.cron=0 0 0 1 1 ? 2099"));
                all.addAll(settings);
                proof.studios.add(StudioProcess.on(proof.database, name, all, Files.createDirectories(work.resolve(name)),
                        work.resolve("logs").resolve(name + ".log")));
            }
            for (StudioProcess studio : proof.studios) {
                studio.start();
            }
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                    .until(() -> proof.studios.get(0).ready() && proof.studios.get(1).ready());
            return proof;
        } catch (IOException | RuntimeException | AssertionError e) {
            AssertionError failure = proof.withLogs(e);
            proof.close();
            throw failure;
        }
    }

    private TwoStudiosOnOneDatabase(ProofDatabase database) {
        this.database = database;
    }

    JdbcTemplate sql() {
        return database.sql();
    }

    /** The failure with the last lines of each studio's log. */
    AssertionError withLogs(Throwable failure) {
        StringBuilder message = new StringBuilder(String.valueOf(failure.getMessage()));
        for (int i = 0; i < studios.size(); i++) {
            message.append("\n--- studio-").append((char) ('a' + i)).append('\n').append(studios.get(i).tail(60));
        }
        return new AssertionError(message.toString(), failure);
    }

    @Override
    public void close() throws IOException {
        studios.forEach(StudioProcess::close);
        database.close();
    }
}
