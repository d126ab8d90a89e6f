package com.channelstudio.db;

import com.channelstudio.support.StudioSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A studio process for the restart tests: starts the embedded database on a folder as the studio does, records a
 * channel, prints "ready" and runs until it is killed.
 *
 * <p>Arguments: the data folder, the channel's name.
 */
public final class StudioWithADatabase {

    public static final String READY = "ready";

    private StudioWithADatabase() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = new EmbeddedPostgresConfiguration()
                .embeddedPostgres(StudioSettings.of(Map.of("studio.database.embedded-dir", args[0])));
        JdbcTemplate sql = new JdbcTemplate(postgres.getPostgresDatabase());
        sql.execute("CREATE TABLE channels (name TEXT)");
        sql.update("INSERT INTO channels VALUES (?)", args[1]);
        System.out.println(READY);
        Thread.sleep(Long.MAX_VALUE);
    }
}
