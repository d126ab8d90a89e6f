package com.channelstudio.media;

import com.channelstudio.config.StudioProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Looks inside media files with FFmpeg (there is no ffprobe in the bundled build): whether they decode, their
 * exact length in samples, their streams and picture size.
 */
@Component("mediaProbe")
public class MediaProbe {

    public static final int SAMPLE_RATE = 48_000;
    private static final int BYTES_PER_STEREO_SAMPLE = 4;
    private static final Pattern DURATION = Pattern.compile("Duration: (\\d+):(\\d+):(\\d+(?:\\.\\d+)?)");
    private static final Pattern SIZE = Pattern.compile("Video: .*?, (\\d{2,5})x(\\d{2,5})");
    private static final Pattern FRAMES = Pattern.compile("frame=\\s*(\\d+)");
    private static final Pattern ERROR_LINE = Pattern.compile("\\[(?:error|fatal|panic)\\](.*)");

    private final FfmpegLocator ffmpeg;
    private final Duration timeout;
    private final long maxPixels;

    public MediaProbe(FfmpegLocator ffmpeg, StudioProperties properties) {
        this.ffmpeg = ffmpeg;
        this.timeout = Duration.ofSeconds(properties.ffmpeg().probeTimeoutSeconds());
        this.maxPixels = properties.images().maxPixels();
    }

    /** Decodes the whole audio stream as 48 kHz stereo and counts its samples; fails if it does not decode. */
    public long audioSamples(Path file) {
        return requireSamples(file, decodeAudio(file, "s16le", MediaProbe::count).stdout / BYTES_PER_STEREO_SAMPLE);
    }

    /**
     * Decodes the whole audio stream as 48 kHz stereo, counting its samples and measuring its EBU R128 integrated
     * loudness and true peak on the way ({@link R128Meter}); fails if it does not decode.
     */
    public AudioMeasurement measureAudio(Path file) {
        AudioMeasurement measured = decodeAudio(file, "f32le", R128Meter::measure).stdout;
        requireSamples(file, measured.samples());
        return measured;
    }

    private static long requireSamples(Path file, long samples) {
        if (samples == 0) {
            throw new MediaCheckException(file.getFileName() + " holds no audio samples");
        }
        return samples;
    }

    /** The whole audio stream as 48 kHz stereo PCM in {@code format}, read by {@code reader}. */
    private <T> Result<T> decodeAudio(Path file, String format, ProcessOutput.Reader<T> reader) {
        Result<T> result = run(file, List.of("-hide_banner", "-nostats", "-loglevel", "level+error", "-i", file.toString(),
                "-map", "0:a:0", "-af", "aresample=" + SAMPLE_RATE + ",aformat=channel_layouts=stereo",
                "-ac", "2", "-ar", String.valueOf(SAMPLE_RATE), "-f", format, "-"), reader);
        Matcher error = ERROR_LINE.matcher(result.stderr);
        boolean errorLine = error.find();
        if (result.exitCode != 0 || errorLine) {
            String detail = errorLine ? error.group(1).strip() : lastLine(result.stderr);
            throw new MediaCheckException(file.getFileName() + " does not decode as audio: " + detail);
        }
        return result;
    }

    /** Container facts: duration, stream descriptions and picture size; fails if the file cannot be opened. */
    public MediaInfo describe(Path file) {
        Result<Long> result = run(file, List.of("-hide_banner", "-i", file.toString()));
        List<String> streams = new ArrayList<>();
        for (String line : result.stderr.split("\n")) {
            if (line.strip().startsWith("Stream #")) {
                streams.add(line.strip());
            }
        }
        if (streams.isEmpty()) {
            throw new MediaCheckException(file.getFileName() + " is not a readable media file: " + lastLine(result.stderr));
        }
        Matcher duration = DURATION.matcher(result.stderr);
        double seconds = duration.find() ? Integer.parseInt(duration.group(1)) * 3600
                + Integer.parseInt(duration.group(2)) * 60 + Double.parseDouble(duration.group(3)) : 0;
        Matcher size = SIZE.matcher(result.stderr);
        int width = 0;
        int height = 0;
        if (size.find()) {
            width = Integer.parseInt(size.group(1));
            height = Integer.parseInt(size.group(2));
        }
        return new MediaInfo(seconds, streams, width, height);
    }

    /**
     * Decodes every frame of a picture file; fails on a truncated or corrupt image, and, before decoding anything, on
     * one whose header announces more than studio.images.max-pixels.
     */
    public MediaInfo checkImage(Path file) {
        refuseOversized(file);
        Result<Long> result = run(file, List.of("-v", "error", "-i", file.toString(), "-f", "null", "-"));
        if (result.exitCode != 0 || !result.stderr.isBlank()) {
            throw new MediaCheckException(file.getFileName() + " does not decode as an image: " + firstLine(result.stderr));
        }
        MediaInfo info = describe(file);
        if (info.width() == 0 || info.height() == 0) {
            throw new MediaCheckException(file.getFileName() + " has no picture");
        }
        return info;
    }

    private void refuseOversized(Path file) {
        try {
            Optional<int[]> size = ImageHeader.size(file);
            if (size.isPresent() && (long) size.get()[0] * size.get()[1] > maxPixels) {
                throw new ImageTooLargeException("a picture of " + size.get()[0] + "x" + size.get()[1] + " ("
                        + (long) size.get()[0] * size.get()[1] + " pixels), more than studio.images.max-pixels ("
                        + maxPixels + "); it was not decoded");
            }
        } catch (IOException unreadableHeader) {
            // FFmpeg's decode below names what is wrong with the file.
        }
    }

    /** Counts the video frames of a file without decoding them. */
    public long videoFrames(Path file) {
        Result<Long> result = run(file, List.of("-hide_banner", "-i", file.toString(), "-map", "0:v:0", "-c", "copy", "-f", "null", "-"));
        Matcher frames = FRAMES.matcher(result.stderr);
        long count = -1;
        while (frames.find()) {
            count = Long.parseLong(frames.group(1));
        }
        if (result.exitCode != 0 || count < 0) {
            throw new MediaCheckException(file.getFileName() + " has no readable video stream: " + lastLine(result.stderr));
        }
        return count;
    }

    private Result<Long> run(Path file, List<String> arguments) {
        return run(file, arguments, MediaProbe::count);
    }

    private <T> Result<T> run(Path file, List<String> arguments, ProcessOutput.Reader<T> stdout) {
        List<String> command = new ArrayList<>();
        command.add(ffmpeg.executable());
        command.add("-nostdin");
        command.addAll(arguments);
        try {
            TimedProcess.Finished<T> finished = TimedProcess.run(command, timeout, stdout);
            return new Result<>(finished.exitCode(), finished.stderr(), finished.stdout());
        } catch (TimeoutException e) {
            throw new MediaCheckException("FFmpeg did not finish reading " + file.getFileName()
                    + " within studio.ffmpeg.probe-timeout-seconds: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run FFmpeg on " + file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaCheckException("interrupted while reading " + file.getFileName());
        }
    }

    private static long count(InputStream stream) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n; (n = stream.read(buffer)) >= 0; ) {
            total += n;
        }
        return total;
    }

    private static String firstLine(String text) {
        return text.isBlank() ? "(no detail)" : text.strip().lines().findFirst().orElse("");
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.isEmpty() ? "(no detail)" : lines.get(lines.size() - 1);
    }

    private record Result<T>(int exitCode, String stderr, T stdout) {}

    /** A decoded audio stream: its length in samples at 48 kHz, and its loudness. */
    public record AudioMeasurement(long samples, Loudness loudness) {}

    public record MediaInfo(double durationSeconds, List<String> streams, int width, int height) {}
}
