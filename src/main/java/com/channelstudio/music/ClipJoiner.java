package com.channelstudio.music;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.media.MediaProbe;
import com.channelstudio.media.TimedProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/**
 * Makes a track of the clips a provider returned (ClipCalls): one clip is the track as it came; several are joined by
 * FFmpeg with a crossfade over each seam (studio.music.clip-crossfade-seconds), cut to the length asked for with a
 * short fade-out, into 48 kHz WAV at the track's partial file.
 */
@Component("clipJoiner")
public class ClipJoiner {

    private final FfmpegLocator ffmpeg;
    private final Duration timeout;

    public ClipJoiner(FfmpegLocator ffmpeg, StudioProperties properties) {
        this.ffmpeg = ffmpeg;
        this.timeout = Duration.ofSeconds(properties.ffmpeg().probeTimeoutSeconds());
    }

    /** Writes the track's partial file from its clips. */
    public void join(@ExchangeProperty(ClipCalls.CLIPS) TrackClips clips) throws IOException {
        Path track = clips.track().partial();
        List<Path> files = clips.files();
        if (files.size() == 1) {
            Files.move(files.get(0), track, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        List<String> command = new ArrayList<>(List.of(ffmpeg.executable(), "-nostdin", "-hide_banner", "-v", "error", "-y"));
        files.forEach(file -> command.addAll(List.of("-i", file.toString())));
        command.addAll(List.of("-filter_complex", filters(clips), "-map", "[track]", "-ar", String.valueOf(MediaProbe.SAMPLE_RATE),
                "-ac", "2", "-c:a", "pcm_s16le", "-f", "wav", track.toString()));
        try {
            TimedProcess.Finished<String> finished = TimedProcess.run(command, timeout,
                    in -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (finished.exitCode() != 0) {
                throw new IOException("FFmpeg exited with " + finished.exitCode() + ": " + finished.stderr().strip());
            }
        } catch (IOException | TimeoutException e) {
            Files.deleteIfExists(track);
            throw new AssetFailure(clips.track().item(), "its " + files.size() + " clips could not be joined ("
                    + e.getMessage() + ")", "Retry the job; if it repeats, check the FFmpeg the studio runs (studio.ffmpeg.path)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Files.deleteIfExists(track);
            throw new IOException("interrupted while joining the clips of " + clips.track().item(), e);
        }
    }

    /** Removes the clip files, joined or not. */
    public void discard(@ExchangeProperty(ClipCalls.CLIPS) TrackClips clips) throws IOException {
        for (int clip = 1; clip <= clips.made().size() + 1; clip++) {
            Files.deleteIfExists(new ClipOrder(clips.track(), clip, 1, 0).partial());
        }
    }

    /** Each clip in one format, crossfaded into the next, and cut to the length asked for if it came out longer. */
    static String filters(TrackClips clips) {
        List<TrackClips.Clip> made = clips.made();
        StringBuilder graph = new StringBuilder();
        for (int i = 0; i < made.size(); i++) {
            graph.append(String.format(Locale.ROOT, "[%d:a]aresample=%d,aformat=sample_fmts=fltp:channel_layouts=stereo[c%d];",
                    i, MediaProbe.SAMPLE_RATE, i));
        }
        String joined = "c0";
        for (int i = 1; i < made.size(); i++) {
            graph.append(String.format(Locale.ROOT, "[%s][c%d]acrossfade=d=%.4f:c1=tri:c2=tri[j%d];", joined, i,
                    clips.overlap(i - 1), i));
            joined = "j" + (i);
        }
        double asked = clips.track().durationSeconds();
        if (clips.joinedSeconds() > asked) {
            double fade = Math.min(clips.crossfadeSeconds(), asked / 2);
            graph.append(String.format(Locale.ROOT, "[%s]atrim=end=%.4f,afade=t=out:st=%.4f:d=%.4f[track]", joined, asked,
                    asked - fade, fade));
        } else {
            graph.append(String.format(Locale.ROOT, "[%s]anull[track]", joined));
        }
        return graph.toString();
    }
}
