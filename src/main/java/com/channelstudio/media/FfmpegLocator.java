package com.channelstudio.media;

import com.channelstudio.config.StudioProperties;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Decides which FFmpeg the studio runs, and checks it can make the studio's video.
 *
 * <p>By default the static 4.4.1 build shipped in the {@code jave-nativebin-linux64} jar, extracted to the
 * studio's own data folder: the same binary on every machine, so the same video. {@code studio.ffmpeg.path}
 * chooses another, as a path or as a bare name looked up on the PATH ({@code ffmpeg} for the system's). Any
 * binary must be at least {@link FfmpegVersion#MINIMUM} and have the libx264 and aac encoders.
 */
@Component("ffmpegLocator")
public class FfmpegLocator {

    static final String BUNDLED_RESOURCE = "ws/schild/jave/nativebin/ffmpeg-amd64";
    static final String BUNDLED_NAME = "ffmpeg-4.4.1-amd64";
    private static final Logger log = LoggerFactory.getLogger(FfmpegLocator.class);
    private static final Set<PosixFilePermission> WRITABLE_BY_OTHERS =
            Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private final StudioProperties.Ffmpeg settings;
    private final Duration checkTimeout;
    private volatile FfmpegBinary binary;

    public FfmpegLocator(StudioProperties properties) {
        this.settings = properties.ffmpeg();
        this.checkTimeout = Duration.ofSeconds(settings.checkTimeoutSeconds());
    }

    public String executable() {
        return binary().executable();
    }

    /** The binary in use, found and checked on first use. */
    public FfmpegBinary binary() {
        if (binary == null) {
            synchronized (this) {
                if (binary == null) {
                    binary = locate();
                    log.info("Using FFmpeg {} at {} ({})", binary.version(), binary.executable(), binary.origin());
                }
            }
        }
        return binary;
    }

    /** Says at start-up which FFmpeg renders and why, and stops a start with one that cannot. */
    @EventListener(ApplicationReadyEvent.class)
    public void checkAtStart() {
        binary();
    }

    private FfmpegBinary locate() {
        String configured = settings.path() == null ? "" : settings.path().strip();
        if (configured.isEmpty()) {
            Path bundled = extractBundled();
            return FfmpegVersion.check(bundled.toString(), "the bundled static build, the default: the same binary and "
                    + "the same video on every machine; set studio.ffmpeg.path to run another", checkTimeout);
        }
        if (!configured.contains(File.separator)) {
            Path found = onPath(configured);
            return FfmpegVersion.check(found.toString(), "studio.ffmpeg.path=" + configured + ", found on the PATH", checkTimeout);
        }
        Path path = Path.of(configured);
        if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
            throw new IllegalStateException("studio.ffmpeg.path: " + configured + " is not an executable file");
        }
        return FfmpegVersion.check(path.toAbsolutePath().toString(), "studio.ffmpeg.path", checkTimeout);
    }

    private static Path onPath(String name) {
        String path = System.getenv("PATH");
        return Arrays.stream(path == null ? new String[0] : path.split(File.pathSeparator))
                .map(folder -> Path.of(folder, name))
                .filter(file -> Files.isRegularFile(file) && Files.isExecutable(file))
                .findFirst()
                .map(Path::toAbsolutePath)
                .orElseThrow(() -> new IllegalStateException("studio.ffmpeg.path: no executable named '" + name
                        + "' on the PATH (" + path + "); install FFmpeg, give its full path, or leave the key empty "
                        + "for the bundled build"));
    }

    /**
     * The bundled binary as a file: extracted once, then checked before it is run (same bytes as the jar's copy,
     * owned by this user, writable by nobody else), and extracted again if anything about it changed.
     */
    private Path extractBundled() {
        Path folder = settings.cacheDir().toAbsolutePath();
        Path target = folder.resolve(BUNDLED_NAME);
        try {
            String expected = sha256(openBundled());
            if (Files.isRegularFile(target) && trusted(target) && sha256(Files.newInputStream(target)).equals(expected)) {
                return target;
            }
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "ffmpeg", ".part");
            try (InputStream binary = openBundled()) {
                Files.copy(binary, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.setPosixFilePermissions(partial, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not extract the bundled FFmpeg to " + target, e);
        }
    }

    private static InputStream openBundled() {
        InputStream binary = FfmpegLocator.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE);
        if (binary == null) {
            throw new IllegalStateException("No bundled FFmpeg: keep ws.schild:jave-nativebin-linux64 on the classpath, "
                    + "or set studio.ffmpeg.path");
        }
        return binary;
    }

    private static boolean trusted(Path file) throws IOException {
        String user = System.getProperty("user.name");
        return Files.getOwner(file).getName().equals(user)
                && Files.getPosixFilePermissions(file).stream().noneMatch(WRITABLE_BY_OTHERS::contains);
    }

    private static String sha256(InputStream stream) throws IOException {
        try (DigestInputStream digest = new DigestInputStream(stream, MessageDigest.getInstance("SHA-256"))) {
            digest.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
