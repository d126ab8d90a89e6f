package com.channelstudio.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real PostgreSQL server started in-process when no {@code spring.datasource.url} is configured, so a fresh
 * machine runs the studio with nothing installed. Its data folder survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${studio.database.embedded-dir:data/postgres}") Path dataDirectory,
            @Value("${studio.database.embedded-port:0}") int port) throws IOException {
        Path folder = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(folder);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(folder)
                .setCleanDataDirectory(false);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL listening on port {}, data kept in {}", postgres.getPort(), folder);
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
