package com.channelstudio.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.support.Processes;
import com.channelstudio.support.SettingsStart;
import com.channelstudio.support.StudioSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An FFmpeg that hangs (a decode that never ends, a wedged binary) fails its check after the configured timeout,
 * naming the file, the key and the command, and leaves nothing running: neither FFmpeg nor what it started.
 */
@ExtendWith(OutputCaptureExtension.class)
class HungFfmpegIsKilledTest {

    private static final int TIMEOUT_SECONDS = 2;

    @TempDir
    Path folder;

    @Test
    void aProbeThatHangsFailsAtItsTimeoutNamingTheFile() throws Exception {
        String realFfmpeg = new FfmpegLocator(settings("")).executable();
        Path ffmpeg = hangingScript("""
                case "$*" in
                  *-version*|*-encoders*|*filter=showfreqs*) exec %s "$@" ;;
                esac""".formatted(realFfmpeg));
        MediaProbe probe = new MediaProbe(new FfmpegLocator(settings(ffmpeg.toString())), settings(ffmpeg.toString()));
        Path track = folder.resolve("03.wav");

        long start = System.nanoTime();
        assertThatThrownBy(() -> probe.audioSamples(track))
                .isInstanceOf(MediaCheckException.class)
                .hasMessageContaining("FFmpeg did not finish reading 03.wav within studio.ffmpeg.probe-timeout-seconds")
                .hasMessageContaining("'" + ffmpeg + " -nostdin")
                .hasMessageContaining(track + "")
                .hasMessageContaining("was killed after " + TIMEOUT_SECONDS + " s");
        Duration failedAfter = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failedAfter).isBetween(Duration.ofSeconds(TIMEOUT_SECONDS), Duration.ofSeconds(TIMEOUT_SECONDS + 3));
        assertNothingLeftRunning();
    }

    @Test
    void aBinaryThatHangsAtTheStartUpCheckFailsNamingTheKey() throws Exception {
        Path ffmpeg = hangingScript("");
        FfmpegLocator locator = new FfmpegLocator(settings(ffmpeg.toString()));

        assertThatThrownBy(locator::binary)
                .hasMessageContaining(ffmpeg + " did not answer '-version' within studio.ffmpeg.check-timeout-seconds")
                .hasMessageContaining("was killed after " + TIMEOUT_SECONDS + " s");
        assertNothingLeftRunning();
    }

    @Test
    void aTimeoutThatIsNotPositiveIsRefusedNamingTheKey(CapturedOutput output) {
        assertThatThrownBy(() -> SettingsStart.start("--studio.ffmpeg.probe-timeout-seconds=0")).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut()).contains("studio.ffmpeg.probe-timeout-seconds", "\"0\"", "must be greater than 0");
    }

    /** A wrapper that runs {@code prelude}, then starts a child that sleeps and waits for it, as a hung FFmpeg would. */
    private Path hangingScript(String prelude) throws Exception {
        Path script = folder.resolve("hanging-ffmpeg");
        Files.writeString(script, "#!/bin/sh\n" + prelude + "\nsleep 600 &\necho \"$$ $!\" > " + folder.resolve("pids")
                + "\nwait\n");
        script.toFile().setExecutable(true);
        return script;
    }

    private void assertNothingLeftRunning() throws Exception {
        List<Long> started = Arrays.stream(Files.readString(folder.resolve("pids")).strip().split(" "))
                .map(Long::valueOf).toList();
        assertThat(started).hasSize(2);
        // A kill takes effect within milliseconds, but is not instant.
        await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(started)
                .as("the script and its sleeping child, still running").filteredOn(Processes::running).isEmpty());
    }

    private StudioProperties settings(String path) {
        return StudioSettings.of(Map.of("studio.ffmpeg.path", path,
                "studio.ffmpeg.cache-dir", folder.resolve("cache").toString(),
                "studio.ffmpeg.check-timeout-seconds", String.valueOf(TIMEOUT_SECONDS),
                "studio.ffmpeg.probe-timeout-seconds", String.valueOf(TIMEOUT_SECONDS)));
    }
}
