package com.channelstudio.shorts;

import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.media.Loudness;
import com.channelstudio.media.PeakLimiter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Short's sound: the window of its track with 1-s fades, brought to the loudness target (-14 LUFS) and held under
 * the true-peak ceiling (-1 dBTP) by the studio's own limiter, encoded to AAC. AAC can lift a peak over what went in,
 * so the encode is metered and, if it went over, made again with the limiter that much lower.
 */
final class ShortAudio {

    static final double TARGET_LUFS = -14;
    static final double CEILING_DBTP = -1;
    static final double FADE_SECONDS = 1;
    private static final int SAMPLE_RATE = 48_000;
    private static final int BLOCK = 4096;
    /** Room the limiter leaves under the ceiling for the encoder; more after an encode that still went over. */
    private static final double FIRST_HEADROOM_DB = 1;
    private static final int MAX_ENCODES = 3;

    private final ShortFfmpeg ffmpeg;
    private final String bitrate;

    ShortAudio(ShortFfmpeg ffmpeg, String bitrate) {
        this.ffmpeg = ffmpeg;
        this.bitrate = bitrate;
    }

    /** The short-term loudness of the whole track, every 100 ms (what {@link LivelyWindow} chooses from). */
    List<LivelyWindow.Reading> readings(Path track) throws IOException {
        return LivelyWindow.readings(ffmpeg.run("the loudness of " + track.getFileName(), List.of("-nostdin", "-hide_banner", "-nostats",
                "-v", "verbose", "-i", track.toString(), "-af", "ebur128=framelog=verbose", "-f", "null", "-")));
    }

    /** Encodes the window of {@code track} to {@code audio} (AAC in MP4); the result's loudness as metered. */
    Loudness encode(Path track, LivelyWindow window, Path scratch, Path audio) throws IOException {
        Path faded = scratch.resolve("window.f32");
        ffmpeg.run("the window of " + track.getFileName(), List.of("-nostdin", "-hide_banner", "-v", "error", "-y",
                "-ss", seconds(window.startSeconds()), "-t", seconds(window.durationSeconds()), "-i", track.toString(),
                "-af", String.format(Locale.ROOT, "aresample=%d,aformat=sample_fmts=flt:channel_layouts=stereo,"
                        + "afade=t=in:d=%s,afade=t=out:st=%s:d=%s", SAMPLE_RATE, seconds(FADE_SECONDS),
                        seconds(window.durationSeconds() - FADE_SECONDS), seconds(FADE_SECONDS)),
                "-f", "f32le", faded.toString()));
        double gainDb = TARGET_LUFS - measure(List.of("-f", "f32le", "-ar", String.valueOf(SAMPLE_RATE), "-ac", "2", "-i",
                faded.toString()), "the window").integratedLufs();
        double headroom = FIRST_HEADROOM_DB;
        Path limited = scratch.resolve("limited.f32");
        Loudness encoded = null;
        for (int encode = 1; encode <= MAX_ENCODES; encode++) {
            limit(faded, limited, gainDb, CEILING_DBTP - headroom);
            ffmpeg.run("the Short's audio", List.of("-nostdin", "-hide_banner", "-v", "error", "-y", "-f", "f32le", "-ar",
                    String.valueOf(SAMPLE_RATE), "-ac", "2", "-i", limited.toString(), "-c:a", "aac", "-aac_coder", "fast",
                    "-aac_is", "0", "-b:a", bitrate, "-f", "mp4", audio.toString()));
            encoded = measure(List.of("-i", audio.toString()), "the Short's audio");
            if (encoded.truePeakDbtp() <= CEILING_DBTP) {
                return encoded;
            }
            headroom += encoded.truePeakDbtp() - CEILING_DBTP + 0.2;
        }
        throw new AssetFailure("Short audio", String.format(Locale.ROOT, "its true peak stayed at %.2f dBTP after %d encodes",
                encoded.truePeakDbtp(), MAX_ENCODES), "Check the track; a Short must stay under -1 dBTP");
    }

    /** The window at the gain, through the limiter; the limiter's delay is taken out. */
    private static void limit(Path faded, Path limited, double gainDb, double ceilingDb) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(faded)).order(ByteOrder.LITTLE_ENDIAN);
        int frames = in.remaining() / 8;
        float gain = (float) Math.pow(10, gainDb / 20);
        PeakLimiter limiter = new PeakLimiter((float) Math.pow(10, ceilingDb / 20), SAMPLE_RATE * 4 / 1000, SAMPLE_RATE / 10, BLOCK);
        ByteBuffer out = ByteBuffer.allocate(frames * 8).order(ByteOrder.LITTLE_ENDIAN);
        float[] left = new float[BLOCK];
        float[] right = new float[BLOCK];
        int skip = limiter.latency();
        for (int done = 0; done < frames + limiter.latency(); done += BLOCK) {
            int count = Math.min(BLOCK, frames + limiter.latency() - done);
            for (int i = 0; i < count; i++) {
                boolean inside = done + i < frames;
                left[i] = inside ? in.getFloat() * gain : 0;
                right[i] = inside ? in.getFloat() * gain : 0;
            }
            limiter.process(left, right, count);
            for (int i = 0; i < count; i++) {
                if (skip > 0) {
                    skip--;
                } else if (out.hasRemaining()) {
                    out.putFloat(left[i]).putFloat(right[i]);
                }
            }
        }
        Files.write(limited, out.array());
    }

    private Loudness measure(List<String> input, String what) throws IOException {
        List<String> args = new ArrayList<>(List.of("-nostdin", "-hide_banner", "-nostats", "-v", "info"));
        args.addAll(input);
        args.addAll(List.of("-af", "ebur128=peak=true", "-f", "null", "-"));
        return Loudness.parse(ffmpeg.run("the loudness of " + what, args));
    }

    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }
}
