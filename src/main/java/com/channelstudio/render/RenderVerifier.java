package com.channelstudio.render;

import com.channelstudio.jobs.JobFolders;
import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.jobs.VideoJob;
import com.channelstudio.media.MediaProbe;
import com.channelstudio.timeline.TrackTimeline;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/**
 * Checks the file FFmpeg wrote before the job moves on (streams, size, frame count, length against the timeline
 * and the target), then gives it its final name.
 */
@Component("renderVerifier")
public class RenderVerifier {

    /** The video is within 2 % of the job's target length. */
    static final double TARGET_TOLERANCE = 0.02;

    private final MediaProbe probe;
    private final StudioProperties properties;
    private final JobFolders folders;

    public RenderVerifier(MediaProbe probe, StudioProperties properties, JobFolders folders) {
        this.probe = probe;
        this.folders = folders;
        this.properties = properties;
    }

    public RenderedVideo verify(@ExchangeProperty("renderPlan") RenderPlan plan, @ExchangeProperty("job") VideoJob job)
            throws IOException {
        TrackTimeline timeline = plan.timeline();
        MediaProbe.MediaInfo info = probe.describe(plan.partialOutput());
        String video = info.streams().stream().filter(s -> s.contains("Video:")).findFirst().orElse("");
        String audio = info.streams().stream().filter(s -> s.contains("Audio:")).findFirst().orElse("");
        require(video.contains("h264 (High)") && video.contains("yuv420p"), "the video stream is not H.264 High yuv420p: " + video);
        require(info.width() == properties.render().width() && info.height() == properties.render().height(),
                "the picture is " + info.width() + "x" + info.height() + ", not " + plan.resolution());
        require(audio.contains("aac (LC)") && audio.contains("48000 Hz") && audio.contains("stereo"),
                "the audio stream is not AAC-LC 48 kHz stereo: " + audio);
        long frames = probe.videoFrames(plan.partialOutput());
        require(frames == timeline.totalFrames(), "the video has " + frames + " frames, the timeline " + timeline.totalFrames());
        double seconds = info.durationSeconds();
        require(Math.abs(seconds - timeline.totalSeconds()) < 0.5, String.format(Locale.ROOT,
                "the file lasts %.2f s, the timeline %.2f s", seconds, timeline.totalSeconds()));
        double target = job.targetDurationMinutes() * 60 * properties.testing().mediaTimeScale();
        require(Math.abs(seconds - target) <= TARGET_TOLERANCE * target, String.format(Locale.ROOT,
                "the video lasts %.1f s, more than 2 %% away from the target of %.1f s", seconds, target));
        Files.move(plan.partialOutput(), plan.output(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new RenderedVideo(plan.output().toString(), folders.stored(plan.output()),
                BigDecimal.valueOf(timeline.totalSeconds()).setScale(2, RoundingMode.HALF_UP));
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new AssetFailure("the rendered video", problem, "Check the FFmpeg build and the render settings");
        }
    }

    /** The video's path, and the same as recorded in the database (relative to the output folder). */
    public record RenderedVideo(String path, String storedPath, BigDecimal durationSeconds) {}
}
