package com.channelstudio.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The operator's password when none is configured: made on the first start and logged that once; only its hash is
 * kept, in a file under the data folder, so later starts accept the same password without ever printing it again.
 */
final class GeneratedPassword {

    private static final Logger log = LoggerFactory.getLogger(GeneratedPassword.class);

    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private GeneratedPassword() {}

    /** The encoded password kept in {@code file}, made (and logged) first if there is none. */
    static String hash(Path file, String username, PasswordEncoder encoder) throws IOException {
        if (!Files.exists(file)) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            String password = HexFormat.of().formatHex(random);
            String hash = encoder.encode(password);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try {
                Files.writeString(Files.createFile(file, OWNER_ONLY), hash);
                log.warn("No studio.security.password set: generated password for user '{}' is {} (logged this once; "
                        + "its hash is kept in {})", username, password, file.toAbsolutePath());
                return hash;
            } catch (FileAlreadyExistsException anotherInstance) {
                // Another instance sharing the data folder made it first: its password holds.
            }
        }
        log.info("Login for user '{}': the password generated on the first start (hash in {}; to reset it, delete that "
                + "file and restart, or set STUDIO_SECURITY_PASSWORD)", username, file.toAbsolutePath());
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
}
