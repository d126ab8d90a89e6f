package com.channelstudio.db;

import com.channelstudio.config.StudioProperties;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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
    EmbeddedPostgres embeddedPostgres(StudioProperties properties) throws IOException {
        StudioProperties.Database settings = properties.database();
        Path folder = settings.embeddedDir().toAbsolutePath().normalize();
        Duration startTimeout = Duration.ofSeconds(settings.embeddedStartTimeoutSeconds());
        Files.createDirectories(folder);
        LeftoverPostmaster.clear(folder, startTimeout);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(folder)
                .setCleanDataDirectory(false)
                .setPGStartupWait(startTimeout)
                // Stopped by this bean's close, after the studio has given its jobs back: zonky's own JVM hook would
                // stop it the moment SIGTERM arrives, while the graceful shutdown still needs it.
                .setRegisterShutdownHook(false);
        if (settings.embeddedDurable()) {
            DURABLE.forEach(builder::setServerConfig);
        }
        if (settings.embeddedPort() > 0) {
            builder.setPort(settings.embeddedPort());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL listening on port {}, data kept in {} ({})", postgres.getPort(), folder,
                settings.embeddedDurable() ? "durable: fsync and synchronous commit on"
                        : "not durable: fsync and synchronous commit off, as for tests");
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres,
            @Value("${spring.datasource.hikari.maximum-pool-size:10}") int maximumPoolSize) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setMaximumPoolSize(maximumPoolSize);
        dataSource.setPoolName("studio-embedded");
        return dataSource;
    }
}
