package com.channelstudio.schedules;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.camel.component.quartz.QuartzComponent;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A second quartz component, {@code quartz-cluster:}, whose triggers live in the studio's PostgreSQL (Quartz's
 * clustered JDBC job store, tables from V8): each firing runs on exactly one of the instances sharing the database.
 * The plain {@code quartz:} component stays in memory, so the per-instance polls (renders) keep firing everywhere.
 * Instances of one database must share {@code camel.main.name}: it names the scheduler and the Camel context a
 * firing is delivered to.
 */
@Configuration(proxyBeanMethods = false)
public class ClusteredQuartz {

    @Bean("quartz-cluster")
    QuartzComponent clusteredQuartz(DataSource dataSource, @Value("${camel.main.name}") String studioName) {
        String connections = "studio-" + studioName;
        DBConnectionManager.getInstance().addConnectionProvider(connections, new SpringDataSource(dataSource));
        QuartzComponent quartz = new QuartzComponent();
        quartz.setProperties(Map.of(
                "org.quartz.scheduler.instanceName", studioName + "-cluster",
                "org.quartz.scheduler.instanceId", "AUTO",
                "org.quartz.scheduler.skipUpdateCheck", "true",
                "org.quartz.threadPool.threadCount", "2",
                "org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX",
                "org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate",
                "org.quartz.jobStore.dataSource", connections,
                "org.quartz.jobStore.isClustered", "true",
                "org.quartz.jobStore.clusterCheckinInterval", "5000"));
        return quartz;
    }

    /** Quartz's JDBC store takes its connections from the studio's pool. */
    private record SpringDataSource(DataSource dataSource) implements ConnectionProvider {

        @Override
        public Connection getConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {
            // the pool belongs to Spring, which closes it
        }

        @Override
        public void initialize() {
            // the pool is ready when Spring hands it over
        }
    }
}
