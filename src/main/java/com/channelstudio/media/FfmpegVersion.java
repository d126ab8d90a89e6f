package com.channelstudio.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an FFmpeg binary says of itself, checked against what the studio needs: version 4.4 or newer (the
 * {@code -progress}, {@code ebur128} true-peak and x264 zone behaviour the render relies on) and the libx264 and
 * aac encoders.
 */
final class FfmpegVersion {

    static final int[] MINIMUM = {4, 4};
    private static final Pattern VERSION = Pattern.compile("^ffmpeg version (\\S+)");
    private static final Pattern RELEASE = Pattern.compile("^n?(\\d+)\\.(\\d+)");
    private static final Pattern SHOWFREQS_RATE = Pattern.compile("^\\s+rate\\s", Pattern.MULTILINE);

    private FfmpegVersion() {}

    /** @param timeout the longest each question to the binary may take before it is killed */
    static FfmpegBinary check(String executable, String origin, Duration timeout) {
        String versionText = run(executable, timeout, "-version");
        Matcher version = VERSION.matcher(versionText);
        if (!version.find()) {
            throw new IllegalStateException(executable + " (" + origin + ") is not FFmpeg: '-version' printed "
                    + firstLine(versionText));
        }
        String reported = version.group(1);
        Matcher release = RELEASE.matcher(reported);
        // A build from FFmpeg's development branch reports a revision (N-…), not a release: newer than any release.
        if (release.find() && older(Integer.parseInt(release.group(1)), Integer.parseInt(release.group(2)))) {
            throw new IllegalStateException("FFmpeg " + reported + " at " + executable + " (" + origin + ") is older than "
                    + MINIMUM[0] + "." + MINIMUM[1] + ", the oldest the studio renders with: install a newer FFmpeg, or "
                    + "leave studio.ffmpeg.path empty for the bundled build");
        }
        String encoders = run(executable, timeout, "-hide_banner", "-encoders");
        for (String needed : List.of("libx264", "aac")) {
            if (!Pattern.compile("^\\s*[AV]\\S{5}\\s+" + needed + "\\s", Pattern.MULTILINE).matcher(encoders).find()) {
                throw new IllegalStateException("FFmpeg " + reported + " at " + executable + " (" + origin + ") has no "
                        + needed + " encoder, which the studio's video needs: use a build with libx264 and aac, or "
                        + "leave studio.ffmpeg.path empty for the bundled build");
            }
        }
        String showfreqs = run(executable, timeout, "-hide_banner", "-h", "filter=showfreqs");
        return new FfmpegBinary(executable, reported, origin, SHOWFREQS_RATE.matcher(showfreqs).find());
    }

    private static boolean older(int major, int minor) {
        return major < MINIMUM[0] || major == MINIMUM[0] && minor < MINIMUM[1];
    }

    private static String run(String executable, Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>(List.of(executable, "-nostdin"));
        command.addAll(List.of(arguments));
        try {
            TimedProcess.Finished<String> finished = TimedProcess.run(command, timeout,
                    stdout -> new String(stdout.readAllBytes(), StandardCharsets.UTF_8));
            return finished.stdout() + finished.stderr();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + executable, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException(executable + " did not answer '" + String.join(" ", arguments)
                    + "' within studio.ffmpeg.check-timeout-seconds: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking " + executable);
        }
    }

    private static String firstLine(String text) {
        return text.isBlank() ? "nothing" : "'" + text.strip().lines().findFirst().orElse("") + "'";
    }
}
