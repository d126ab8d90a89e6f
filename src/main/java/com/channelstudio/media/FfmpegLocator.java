package com.channelstudio.media;

import com.channelstudio.config.StudioProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds the FFmpeg to run: the configured path, else {@code ffmpeg} on the PATH, else the static build shipped in
 * the {@code jave-nativebin-linux64} jar, extracted once to a cache folder.
 */
@Component("ffmpegLocator")
public class FfmpegLocator {

    static final String BUNDLED_RESOURCE = "ws/schild/jave/nativebin/ffmpeg-amd64";
    private static final Logger log = LoggerFactory.getLogger(FfmpegLocator.class);

    private final StudioProperties.Ffmpeg settings;
    private volatile String executable;

    public FfmpegLocator(StudioProperties properties) {
        this.settings = properties.ffmpeg();
    }

    public String executable() {
        if (executable == null) {
            synchronized (this) {
                if (executable == null) {
                    executable = locate();
                    log.info("Using FFmpeg at {}", executable);
                }
            }
        }
        return executable;
    }

    private String locate() {
        if (settings.path() != null && !settings.path().toString().isBlank()) {
            if (!Files.isExecutable(settings.path())) {
                throw new IllegalStateException("studio.ffmpeg.path: " + settings.path() + " is not an executable file");
            }
            return settings.path().toAbsolutePath().toString();
        }
        return onPath().orElseGet(this::extractBundled).toString();
    }

    private static Optional<Path> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(java.io.File.pathSeparator))
                .map(folder -> Path.of(folder, "ffmpeg"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private Path extractBundled() {
        Path cache = settings.cacheDir() != null ? settings.cacheDir()
                : Path.of(System.getProperty("java.io.tmpdir"), "channel-studio");
        Path target = cache.resolve("ffmpeg-4.4.1-amd64");
        try (InputStream binary = FfmpegLocator.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
            if (binary == null) {
                throw new IllegalStateException("No FFmpeg found: set studio.ffmpeg.path, put ffmpeg on the PATH, "
                        + "or keep ws.schild:jave-nativebin-linux64 on the classpath");
            }
            if (Files.isExecutable(target)) {
                return target;
            }
            Files.createDirectories(cache);
            Path partial = Files.createTempFile(cache, "ffmpeg", ".part");
            Files.copy(binary, partial, StandardCopyOption.REPLACE_EXISTING);
            partial.toFile().setExecutable(true);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not extract the bundled FFmpeg to " + target, e);
        }
    }
}
