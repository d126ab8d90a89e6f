package com.channelstudio.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.core.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locks a started embedded server, at every start: the superuser and the studio's role have their passwords, the schema
 * belongs to the studio's role, and {@code pg_hba.conf} asks every connection for a password. A data folder made by an
 * earlier version (the superuser without a password, trusted over TCP and the socket) is upgraded so on its first start.
 */
final class EmbeddedDatabaseLock {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseLock.class);

    private EmbeddedDatabaseLock() {}

    static void lock(EmbeddedPostgres postgres, Path folder, EmbeddedDatabasePasswords passwords) throws IOException, SQLException {
        try (Connection superuser = postgres.getPostgresDatabase().getConnection(); Statement sql = superuser.createStatement()) {
            sql.execute("ALTER ROLE " + EmbeddedDatabasePasswords.SUPERUSER + " PASSWORD " + literal(passwords.superuser()));
            try (PreparedStatement exists = superuser.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                exists.setString(1, EmbeddedDatabasePasswords.STUDIO);
                boolean studioExists = exists.executeQuery().next();
                sql.execute((studioExists ? "ALTER" : "CREATE") + " ROLE " + EmbeddedDatabasePasswords.STUDIO
                        + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD " + literal(passwords.studio()));
            }
            sql.execute(resource("give-the-schema-to-the-studio.sql"));
            String rules = resource("pg_hba.conf");
            Path hba = folder.resolve("pg_hba.conf");
            if (!rules.equals(Files.readString(hba, StandardCharsets.UTF_8))) {
                Path partial = folder.resolve("pg_hba.conf.part");
                Files.writeString(partial, rules, StandardCharsets.UTF_8);
                Files.move(partial, hba, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                sql.execute("SELECT pg_reload_conf()");
                log.warn("Embedded PostgreSQL in {} locked: every connection now needs a password (kept in {})", folder,
                        EmbeddedDatabasePasswords.file(folder));
            }
        }
    }

    private static String literal(String password) throws SQLException {
        return "'" + Utils.escapeLiteral(null, password, true) + "'";
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = EmbeddedDatabaseLock.class.getResourceAsStream("/db/embedded/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
