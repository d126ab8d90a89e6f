package com.channelstudio.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.channelstudio.config.StudioProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The bundled build unless another is asked for; any binary is checked for its version and encoders, with an
 * error that names the key and what to do.
 */
class FfmpegLocatorTest {

    @TempDir
    Path folder;

    @Test
    void byDefaultTheBundledBuildRunsFromTheStudiosOwnFolder() throws Exception {
        FfmpegBinary binary = locator("").binary();

        assertThat(binary.executable()).isEqualTo(folder.resolve("cache/" + FfmpegLocator.BUNDLED_NAME).toString());
        assertThat(binary.version()).startsWith("4.4.1");
        assertThat(binary.origin()).contains("bundled");
        assertThat(Files.getPosixFilePermissions(Path.of(binary.executable())))
                .isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void aBundledCopySomeoneChangedIsReplacedBeforeItRuns() throws Exception {
        Path extracted = Path.of(locator("").executable());
        Files.writeString(extracted, "#!/bin/sh\necho planted\n");

        FfmpegBinary binary = locator("").binary();

        assertThat(binary.version()).startsWith("4.4.1");
        assertThat(Files.size(extracted)).isGreaterThan(10_000_000);
    }

    @Test
    void aConfiguredPathIsRunWhenItIsARecentEnoughFfmpeg() throws Exception {
        Path wrapper = script("real-ffmpeg", "exec " + locator("").executable() + " \"$@\"");

        FfmpegBinary binary = locator(wrapper.toString()).binary();

        assertThat(binary.executable()).isEqualTo(wrapper.toString());
        assertThat(binary.origin()).isEqualTo("studio.ffmpeg.path");
    }

    @Test
    void anFfmpegOlderThanTheMinimumIsAClearError() throws Exception {
        Path old = script("old-ffmpeg", "echo 'ffmpeg version 4.2.7-0ubuntu0.1 Copyright (c) 2000-2022 the FFmpeg developers'");

        assertThatThrownBy(() -> locator(old.toString()).binary())
                .hasMessageContaining("FFmpeg 4.2.7-0ubuntu0.1 at " + old)
                .hasMessageContaining("older than 4.4");
    }

    @Test
    void anFfmpegWithoutLibx264IsAClearError() throws Exception {
        Path noX264 = script("no-x264-ffmpeg", """
                case "$*" in
                  *-version*) echo 'ffmpeg version 7.1.1 Copyright (c) 2000-2025 the FFmpeg developers' ;;
                  *) echo ' A....D aac                  AAC (Advanced Audio Coding)'
                     echo ' V....D libopenh264          OpenH264 H.264' ;;
                esac""");

        assertThatThrownBy(() -> locator(noX264.toString()).binary())
                .hasMessageContaining("FFmpeg 7.1.1 at " + noX264)
                .hasMessageContaining("has no libx264 encoder");
    }

    @Test
    void aConfiguredPathThatCannotRunIsAClearError() {
        assertThatThrownBy(() -> locator(folder.resolve("missing").toString()).binary())
                .hasMessageContaining("studio.ffmpeg.path").hasMessageContaining("not an executable file");
    }

    @Test
    void aBareNameMissingFromThePathIsAClearError() {
        assertThatThrownBy(() -> locator("no-such-ffmpeg-anywhere").binary())
                .hasMessageContaining("studio.ffmpeg.path: no executable named 'no-such-ffmpeg-anywhere' on the PATH");
    }

    private Path script(String name, String body) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        file.toFile().setExecutable(true);
        return file;
    }

    private FfmpegLocator locator(String path) {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource();
        source.put("studio.ffmpeg.path", path);
        source.put("studio.ffmpeg.cache-dir", folder.resolve("cache").toString());
        return new FfmpegLocator(new Binder(source).bindOrCreate("studio", StudioProperties.class));
    }
}
