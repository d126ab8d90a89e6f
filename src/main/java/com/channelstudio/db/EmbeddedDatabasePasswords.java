package com.channelstudio.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The embedded server's two logins, made on the first start and kept beside its data folder ({@code data/postgres.pgpass},
 * readable by the studio's user only) in the format of PostgreSQL's password file, so that
 * {@code PGPASSFILE=data/postgres.pgpass pg_dump -h localhost -p PORT -U studio postgres} needs nothing typed:
 * {@value #STUDIO}, the role the studio connects as (it owns the schema, and is no superuser), and
 * {@value #SUPERUSER}, the superuser, for maintenance only.
 */
record EmbeddedDatabasePasswords(String studio, String superuser) {

    static final String STUDIO = "studio";
    static final String SUPERUSER = "postgres";

    /** Where the passwords of the server in {@code folder} are kept. */
    static Path file(Path folder) {
        return folder.resolveSibling(folder.getFileName() + ".pgpass");
    }

    /** The kept passwords, if the file exists. */
    static Optional<EmbeddedDatabasePasswords> read(Path folder) throws IOException {
        Path file = file(folder);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return Optional.of(new EmbeddedDatabasePasswords(passwordOf(lines, STUDIO, file), passwordOf(lines, SUPERUSER, file)));
    }

    /** Makes two random passwords and keeps them, readable by the studio's user only. */
    static EmbeddedDatabasePasswords create(Path folder) throws IOException {
        EmbeddedDatabasePasswords made = new EmbeddedDatabasePasswords(random(), random());
        Path file = file(folder);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".part",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(partial, "# The embedded PostgreSQL's logins (host:port:database:user:password), made on its first start.\n"
                + line(STUDIO, made.studio) + line(SUPERUSER, made.superuser), StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        return made;
    }

    private static String line(String user, String password) {
        return "localhost:*:*:" + user + ":" + password + "\n";
    }

    private static String passwordOf(List<String> lines, String user, Path file) {
        String prefix = "localhost:*:*:" + user + ":";
        return lines.stream().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length())).findFirst()
                .orElseThrow(() -> new IllegalStateException(file + " has no line for the role " + user + " ("
                        + prefix + "PASSWORD)"));
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "EmbeddedDatabasePasswords[redacted]";
    }
}
