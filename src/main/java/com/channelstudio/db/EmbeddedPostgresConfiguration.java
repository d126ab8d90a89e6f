package com.channelstudio.db;

import com.channelstudio.config.StudioProperties;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real PostgreSQL server started in-process when no {@code spring.datasource.url} is configured, so a fresh
 * machine runs the studio with nothing installed. Its data folder survives restarts, power cuts included.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

    /**
     * zonky is made for throwaway test databases: it starts the server with {@code -F} (fsync off) and
     * {@code synchronous_commit=off}. A {@code -c fsync=on} after the {@code -F} wins, so the production store is
     * written durably.
     */
    private static final Map<String, String> DURABLE = Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(StudioProperties properties) throws IOException, SQLException {
        StudioProperties.Database settings = properties.database();
        Path folder = settings.embeddedDir().toAbsolutePath().normalize();
        Duration startTimeout = Duration.ofSeconds(settings.embeddedStartTimeoutSeconds());
        boolean made = Files.exists(folder.resolve("postgresql.conf"));
        EmbeddedDatabasePasswords passwords = passwords(folder, made);
        Files.createDirectories(folder);
        LeftoverPostmaster.clear(folder, startTimeout);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(folder)
                .setCleanDataDirectory(false)
                .setPGStartupWait(startTimeout)
                // Stopped by this bean's close, after the studio has given its jobs back: zonky's own JVM hook would
                // stop it the moment SIGTERM arrives, while the graceful shutdown still needs it.
                .setRegisterShutdownHook(false)
                // The socket lies in the data folder, which only the studio's user may enter (initdb makes it 0700).
                .setServerConfig("unix_socket_directories", folder.toString())
                .setServerConfig("listen_addresses", "localhost")
                .setConnectConfig("password", passwords.superuser());
        Path superuserPassword = null;
        if (!made) {
            // A new folder asks for passwords from its very first start (zonky's initdb alone would trust everyone).
            superuserPassword = Files.createTempFile(folder.getParent(), "initdb", ".part",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(superuserPassword, passwords.superuser());
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", superuserPassword.toString());
        }
        if (settings.embeddedDurable()) {
            DURABLE.forEach(builder::setServerConfig);
        }
        if (settings.embeddedPort() > 0) {
            builder.setPort(settings.embeddedPort());
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } finally {
            if (superuserPassword != null) {
                Files.deleteIfExists(superuserPassword);
            }
        }
        EmbeddedDatabaseLock.lock(postgres, folder, passwords);
        log.info("Embedded PostgreSQL listening on port {} (localhost) and a socket in {}, data kept there ({}; logins in {})",
                postgres.getPort(), folder,
                settings.embeddedDurable() ? "durable: fsync and synchronous commit on"
                        : "not durable: fsync and synchronous commit off, as for tests",
                EmbeddedDatabasePasswords.file(folder));
        return postgres;
    }

    /** The passwords kept beside the folder; made for a new folder, missing for a made one only if someone removed them. */
    private static EmbeddedDatabasePasswords passwords(Path folder, boolean made) throws IOException {
        Optional<EmbeddedDatabasePasswords> kept = EmbeddedDatabasePasswords.read(folder);
        if (kept.isPresent()) {
            return kept.get();
        }
        if (made && !Files.readString(folder.resolve("pg_hba.conf")).contains("trust")) {
            throw new IllegalStateException("The embedded database in " + folder + " asks for the passwords kept in "
                    + EmbeddedDatabasePasswords.file(folder) + ", which is gone: restore it from a backup (or the folder "
                    + "cannot be opened again), or point studio.database.embedded-dir at another folder");
        }
        return EmbeddedDatabasePasswords.create(folder);
    }

    /** The studio connects as its own role, which owns the schema and is no superuser. */
    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, StudioProperties properties,
            @Value("${spring.datasource.hikari.maximum-pool-size:10}") int maximumPoolSize) throws IOException {
        Path folder = properties.database().embeddedDir().toAbsolutePath().normalize();
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        dataSource.setUsername(EmbeddedDatabasePasswords.STUDIO);
        dataSource.setPassword(EmbeddedDatabasePasswords.read(folder).orElseThrow().studio());
        dataSource.setMaximumPoolSize(maximumPoolSize);
        dataSource.setPoolName("studio-embedded");
        return dataSource;
    }
}
