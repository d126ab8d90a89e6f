package com.channelstudio.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.channelstudio.config.StudioProperties;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** FFmpeg is the configured one, else the one on the PATH, else the static build shipped with the studio. */
class FfmpegLocatorTest {

    @TempDir
    Path folder;

    @Test
    void aConfiguredPathWins() throws Exception {
        Path fake = folder.resolve("my-ffmpeg");
        Files.writeString(fake, "#!/bin/sh\necho configured\n");
        fake.toFile().setExecutable(true);
        assertThat(locator(fake.toString()).executable()).isEqualTo(fake.toString());
    }

    @Test
    void aConfiguredPathThatCannotRunIsAClearError() {
        assertThatThrownBy(() -> locator(folder.resolve("missing").toString()).executable())
                .hasMessageContaining("studio.ffmpeg.path").hasMessageContaining("not an executable file");
    }

    @Test
    void withoutConfigurationAWorkingFfmpegIsFound() throws Exception {
        String executable = locator("").executable();
        boolean onPath = Arrays.stream(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "ffmpeg")));
        if (!onPath) {
            assertThat(executable).isEqualTo(folder.resolve("cache/ffmpeg-4.4.1-amd64").toString());
        }
        Process version = new ProcessBuilder(executable, "-version").start();
        assertThat(new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).startsWith("ffmpeg version");
        assertThat(version.waitFor()).isZero();
    }

    private FfmpegLocator locator(String path) {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource();
        source.put("studio.ffmpeg.path", path);
        source.put("studio.ffmpeg.cache-dir", folder.resolve("cache").toString());
        return new FfmpegLocator(new Binder(source).bindOrCreate("studio", StudioProperties.class));
    }
}
