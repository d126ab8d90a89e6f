package com.channelstudio.render;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.JobFolders;
import com.channelstudio.look.Motion;
import com.channelstudio.look.Visualizer;
import com.channelstudio.media.FfmpegBinary;
import com.channelstudio.timeline.TrackTimeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One render attempt of one job, decided before anything runs: its timeline, its inputs, its settings and where
 * every intermediate file goes. Immutable; {@link #commands()} turns it into FFmpeg commands, and a
 * {@link RenderRun} records what ran.
 *
 * <p>Each image is made into a short clip of one closed GOP (no B-frames): a still, or one loop of its motion,
 * which repeats seamlessly ({@link MotionLoop}). The clips are repeated by copying their frames to the exact frame
 * count of their segment, so no picture is encoded 30 times a second and every cut lands on its frame. The program
 * audio is encoded (again, a few times at most, if AAC pushed its true peak over the ceiling) and muxed without
 * re-encoding; with a visualizer the video is encoded whole once more as it is muxed, the band drawn over it.
 */
public final class RenderPlan {

    private final UUID jobId;
    private final FfmpegBinary ffmpeg;
    private final TrackTimeline timeline;
    private final List<Path> tracks;
    private final List<Path> images;
    private final Path scratch;
    private final Path output;
    private final StudioProperties.Render settings;
    private final double gainDb;
    private final MotionLoop motion;
    private final Visualizer visualizer;
    private final long timeoutMillis;

    RenderPlan(UUID jobId, FfmpegBinary ffmpeg, TrackTimeline timeline, List<Path> tracks, List<Path> images, Path scratch, Path output,
            StudioProperties.Render settings, Motion motion, Visualizer visualizer, double gainDb) {
        this.jobId = jobId;
        this.ffmpeg = ffmpeg;
        this.timeline = timeline;
        this.tracks = List.copyOf(tracks);
        this.images = List.copyOf(images);
        this.scratch = scratch;
        this.output = output;
        this.settings = settings;
        this.gainDb = gainDb;
        this.visualizer = visualizer;
        this.motion = new MotionLoop(motion, settings.width(), settings.height(), (long) settings.motionLoopSeconds() * timeline.fps(), scratch);
        double minutes = timeline.totalSeconds() / 60;
        this.timeoutMillis = Math.max(60_000, Math.round(minutes * settings.timeoutSecondsPerVideoMinute() * 1000));
    }

    /** The music seen moving along the bottom of the picture, if the channel or the studio wants it. */
    public Visualizer visualizer() {
        return visualizer;
    }

    public RenderCommands commands() {
        return new RenderCommands(this);
    }

    public UUID jobId() {
        return jobId;
    }

    /** The FFmpeg the commands run, as stored in their command lines. */
    public String executable() {
        return ffmpeg.executable();
    }

    /** The FFmpeg the commands run. */
    public FfmpegBinary ffmpeg() {
        return ffmpeg;
    }

    public TrackTimeline timeline() {
        return timeline;
    }

    public List<Path> tracks() {
        return tracks;
    }

    public List<Path> images() {
        return images;
    }

    public StudioProperties.Render settings() {
        return settings;
    }

    MotionLoop motion() {
        return motion;
    }

    /** How long any one FFmpeg run of this render may take: in proportion to the video's length. */
    public long timeoutMillis() {
        return timeoutMillis;
    }

    public Path output() {
        return output;
    }

    public Path scratch() {
        return scratch;
    }

    public String resolution() {
        return settings.resolution();
    }

    /** The gain that takes the program to the loudness target, set from its tracks' measured loudness. */
    public double gainDb() {
        return gainDb;
    }

    public double limiterCeilingDb() {
        return settings.limiterCeilingDb();
    }

    /**
     * How each image's clip is repeated: whole, then its first frames, to the exact frame count of its segment. A
     * clip of {@code clipFrames} frames is encoded whole when it moves; a still's is encoded as its picture and one
     * repeat ({@code encodedFrames}), the repeat written again for the rest ({@link RepeatFrames}).
     */
    public record Repeat(Path clip, long clipFrames, long encodedFrames, long segmentFrames) {}

    public List<Repeat> repeats() {
        List<Repeat> repeats = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            repeats.add(new Repeat(clipFile(i), clipFrames(i), encodedFrames(i), timeline.segments().get(i).frames()));
        }
        return repeats;
    }

    /** The frames of a clip that x264 encodes: every one of a moving clip, a still's picture and one repeat. */
    long encodedFrames(int index) {
        return motion.moves() ? clipFrames(index) : Math.min(2, clipFrames(index));
    }

    /** A still's clip lasts a keyframe interval, a moving one a loop of its motion; none is longer than its segment. */
    long clipFrames(int index) {
        long seconds = motion.moves() ? settings.motionLoopSeconds() : settings.keyframeIntervalSeconds();
        return Math.max(1, Math.min(seconds * timeline.fps(), timeline.segments().get(index).frames()));
    }

    /** The pictures the motion lays over the images (particles), to be painted before the clips are encoded. */
    List<ParticleLayer> particleLayers() {
        return motion.layers();
    }

    Path clipFile(int index) {
        return scratch.resolve(String.format(Locale.ROOT, "clip-%02d.h264", index + 1));
    }

    /** The stretches of the program that encoders make side by side (studio.render.audio-encoders). */
    public List<AudioPart> audioParts() {
        return AudioPart.split(timeline.totalSamples(), timeline.sampleRate(), settings.audioEncoders());
    }

    Path audioPartFile(AudioPart part) {
        return scratch.resolve("audio-" + part.number() + ".aac");
    }

    /** The program audio's AAC frames in ADTS, the parts joined. */
    Path joinedAudio() {
        return scratch.resolve("audio.aac");
    }

    /** The program audio as muxed: the joined frames in MP4. */
    Path audioFile() {
        return scratch.resolve("audio.m4a");
    }

    /** The whole video stream, H.264 Annex B: the clips repeated back to back, before it is muxed with the audio. */
    public Path videoTrack() {
        return scratch.resolve("video.h264");
    }

    public Path partialOutput() {
        return JobFolders.partial(output);
    }
}
