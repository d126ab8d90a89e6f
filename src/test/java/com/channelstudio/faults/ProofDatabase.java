package com.channelstudio.faults;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL both studios share: a real server on a fixed port and data folder, so the proof can stop it (the
 * database is down) and start it again on the same folder and port, as a restarted server would come back.
 */
final class ProofDatabase implements AutoCloseable {

    private final Path dataFolder;
    private final Path log;
    private final int port;
    private final HikariDataSource pool = new HikariDataSource();
    private EmbeddedPostgres server;

    ProofDatabase(Path dataFolder, Path log) throws IOException {
        this.dataFolder = dataFolder;
        this.log = log;
        try (ServerSocket free = new ServerSocket(0)) {
            this.port = free.getLocalPort();
        }
        pool.setJdbcUrl(url());
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        pool.setMaximumPoolSize(2);
        pool.setMinimumIdle(0);
        pool.setConnectionTimeout(2000);
        pool.setInitializationFailTimeout(-1);
        pool.setPoolName("fault-proof");
    }

    void start() throws IOException {
        Files.createDirectories(dataFolder);
        server = EmbeddedPostgres.builder()
                .setDataDirectory(dataFolder)
                // Never wiped: a stop is an outage, not a new database.
                .setCleanDataDirectory(false)
                .setPort(port)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** The server stops (fast shutdown: open connections are cut), as a crashed or restarting server would. */
    void stop() throws IOException {
        server.close();
        server = null;
    }

    boolean up() {
        return server != null;
    }

    String url() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** Plain SQL for the proof itself, on a small pool that drops the connections an outage broke. */
    JdbcTemplate sql() {
        return new JdbcTemplate(pool);
    }

    @Override
    public void close() throws IOException {
        pool.close();
        if (server != null) {
            stop();
        }
    }
}
