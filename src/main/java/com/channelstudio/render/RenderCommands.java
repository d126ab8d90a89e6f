package com.channelstudio.render;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.look.Visualizer;
import com.channelstudio.timeline.TrackTimeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The FFmpeg commands that realise a {@link RenderPlan}: a function of the plan alone, so the same plan always
 * gives the same command lines (stored before the render runs, and compared by tests with what FFmpeg makes).
 */
public final class RenderCommands {

    /** How the mix hands the program to the limiter, and the limiter to the encoder. */
    private static final String PCM_FORMAT = "f32le";
    /** Samples in each spectrum the bars show: at 48 kHz about 43 ms, enough for the low notes, short enough to move. */
    private static final int SPECTRUM_WINDOW = 2048;
    /** What makes x264's stream High profile whatever the preset (ultrafast turns both off: Constrained Baseline). */
    private static final String HIGH_PROFILE_TOOLS = "cabac=1:8x8dct=1";

    /** What the render splits into, steps that may run side by side: the program audio, or one clip's encode. */
    public record Step(boolean audio, FfmpegCommand command) {}

    private final RenderPlan plan;

    RenderCommands(RenderPlan plan) {
        this.plan = plan;
    }

    /**
     * The audio chain first (it is the longest), then the clip encodes: independent, so they share the render
     * workers. Clips are encoded on one thread each, so the single-threaded AAC encode keeps a core to itself
     * and scaling goes through studio.render.workers.
     */
    public List<Step> parallelSteps() {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(true, audioEncode()));
        for (int i = 0; i < plan.images().size(); i++) {
            steps.add(new Step(false, clip(i)));
        }
        return steps;
    }

    /** Every command known before the render runs (a corrective audio encode is only known after the meter). */
    public String planned() {
        List<String> lines = new ArrayList<>();
        lines.add(audioPipeline(plan.executable(), plan.limiterCeilingDb(), List.of(), programMix(), audioEncode(), encodedLoudness()));
        for (int i = 0; i < plan.images().size(); i++) {
            lines.add(clip(i).commandLine(plan.executable()));
        }
        lines.add(mux().commandLine(plan.executable()));
        return String.join("\n", lines);
    }

    /** The program audio as one stored line: the mix, the studio's limiter (lower where told), the encode, the meter. */
    static String audioPipeline(String executable, double ceilingDb, List<Overshoot> overshoots, FfmpegCommand mix,
            FfmpegCommand encode, FfmpegCommand meter) {
        StringBuilder limiter = new StringBuilder(String.format(Locale.ROOT, " | studio-true-peak-limiter --ceiling %.2fdBTP",
                ceilingDb));
        for (Overshoot overshoot : overshoots) {
            limiter.append(String.format(Locale.ROOT, " --lower %.2f-%.2fs:%.2fdB", overshoot.startSeconds(),
                    overshoot.endSeconds(), overshoot.extraReductionDb()));
        }
        return mix.commandLine(executable) + limiter + " | " + encode.commandLine(executable) + " | "
                + meter.commandLine(executable);
    }

    FfmpegCommand clip(int index) {
        return clip(index, plan.encodedFrames(index));
    }

    /**
     * Image {@code index} made into a clip of {@code frames} frames: a still's picture and its repeat, or one loop
     * of its motion. (A test asks for a frame more than a loop, to see that the motion comes back to where it started.)
     */
    FfmpegCommand clip(int index, long frames) {
        StudioProperties.Render settings = plan.settings();
        MotionLoop motion = plan.motion();
        String stillFrames = frameFill(settings.width(), settings.height()) + String.format(Locale.ROOT,
                ",setsar=1,scale=out_color_matrix=bt709:out_range=tv,format=yuv420p,"
                        + "loop=loop=%d:size=1:start=0,setpts=N/(%d*TB)", frames - 1, settings.fps());
        List<String> args = new ArrayList<>(List.of("-hide_banner", "-v", "error", "-y",
                "-framerate", String.valueOf(settings.fps()), "-i", plan.images().get(index).toString()));
        if (motion.moves()) {
            args.addAll(motion.inputs());
            args.addAll(List.of("-filter_complex", motion.graph(stillFrames, index), "-filter_complex_threads", "1"));
        } else {
            args.addAll(List.of("-vf", stillFrames));
        }
        args.addAll(List.of("-frames:v", String.valueOf(frames),
                "-c:v", "libx264", "-threads", "1", "-preset", settings.preset(), "-crf", String.valueOf(settings.crf()),
                "-x264-params", motion.moves() ? MotionLoop.X264_PARAMS : pictureThenRepeats(frames),
                "-profile:v", "high", "-pix_fmt", "yuv420p", "-g", String.valueOf(frames),
                "-keyint_min", String.valueOf(frames), "-sc_threshold", "0", "-bf", "0",
                "-color_primaries", "bt709", "-color_trc", "bt709", "-colorspace", "bt709",
                "-an", "-f", "h264", plan.clipFile(index).toString()));
        TrackTimeline.Segment segment = plan.timeline().segments().get(index);
        return command("image " + segment.orderIndex() + " of 20", List.copyOf(args), (double) frames / settings.fps());
    }

    /**
     * The first frame carries the picture, coded with High-profile tools whatever the preset (CABAC, 8x8
     * transform, adaptive quantisation, trellis). The later frame only repeats it: forced to the coarsest
     * quantiser, nothing is left to code, so it is all skips that show the first frame exactly. The assembler
     * writes it again, renumbered, for the rest of the GOP ({@link RepeatFrames}): encoding all 299 repeats cost
     * x264 about 1.1 s of each still's 1.2 s.
     */
    private static String pictureThenRepeats(long frames) {
        String picture = HIGH_PROFILE_TOOLS + ":partitions=i4x4,i8x8:deblock=1,0,0:aq-mode=1:trellis=1:aud=1";
        return frames > 1 ? picture + ":zones=1," + (frames - 1) + ",q=51" : picture;
    }

    /**
     * Meters the encoded program as the encoder makes it (its ADTS copy on stdin), every 100 ms of it: AAC can
     * raise the true peak of a sharp transient by a few dB. {@code -v verbose} prints each frame's true peak.
     */
    public FfmpegCommand encodedLoudness() {
        List<String> args = List.of("-nostdin", "-hide_banner", "-nostats", "-v", "verbose", "-f", "aac", "-i", "pipe:0",
                "-af", "ebur128=peak=true:framelog=verbose", "-f", "null", "-");
        return new FfmpegCommand("encoded audio loudness", args, plan.timeoutMillis(), null, plan.timeline().totalSeconds());
    }

    /**
     * The program as 32-bit float PCM on stdout: every track cut to its exact length, joined, faded, and brought
     * to the loudness target. The studio's true-peak limiter reads it on its way to {@link #audioEncode()}.
     */
    public FfmpegCommand programMix() {
        TrackTimeline timeline = plan.timeline();
        List<String> args = new ArrayList<>(List.of("-nostdin", "-hide_banner", "-v", "error"));
        for (Path track : plan.tracks()) {
            args.add("-i");
            args.add(track.toString());
        }
        args.addAll(List.of("-filter_complex",
                program() + String.format(Locale.ROOT, ";[program]volume=%.2fdB[out]", plan.gainDb()),
                "-map", "[out]", "-f", PCM_FORMAT, "-ar", String.valueOf(timeline.sampleRate()), "-ac", "2", "pipe:1"));
        return new FfmpegCommand("program audio mix", List.copyOf(args), plan.timeoutMillis(), null, timeline.totalSeconds());
    }

    /**
     * The limited program from stdin, encoded to AAC-LC. Every option that shapes the result is named, so every
     * FFmpeg makes the same audio: FFmpeg 5 made the slower {@code twoloop} coder its default (2.3 times slower,
     * true peaks 3 dB higher), and intensity stereo, a low-bitrate tool, raised sharp transients up to 6 dB over
     * the limited program (measured on 4.4.1, 5.1 and 7.1). With both set as here they agree within 0.3 dB.
     */
    public FfmpegCommand audioEncode() {
        TrackTimeline timeline = plan.timeline();
        List<String> args = List.of("-hide_banner", "-v", "error", "-y",
                "-f", PCM_FORMAT, "-ar", String.valueOf(timeline.sampleRate()), "-ac", "2", "-i", "pipe:0",
                "-map", "0:a", "-c:a", "aac", "-aac_coder", "fast", "-aac_is", "0", "-b:a", plan.settings().audioBitrate(),
                "-f", "tee", "[f=mp4]" + teeEscaped(plan.audioFile().toString()) + "|[f=adts]pipe:1");
        return command("program audio", args, timeline.totalSeconds());
    }

    /** The tee muxer splits its outputs at '|' and reads options in brackets: a file name says them literally. */
    private static String teeEscaped(String file) {
        return file.replaceAll("([\\\\|\\[\\]'])", "\\\\$1");
    }

    /**
     * The video stream and the program audio into the MP4, both copied; with a visualizer the video is encoded
     * whole once more, the band drawn over its bottom from the encoded program audio, which is still copied.
     */
    public FfmpegCommand mux() {
        StudioProperties.Render settings = plan.settings();
        int fps = settings.fps();
        List<String> args = new ArrayList<>(List.of("-hide_banner", "-v", "error", "-y",
                "-f", "h264", "-framerate", String.valueOf(fps), "-i", plan.videoTrack().toString(),
                "-i", plan.audioFile().toString()));
        if (plan.visualizer() == Visualizer.NONE) {
            args.addAll(List.of("-map", "0:v:0", "-map", "1:a:0", "-c", "copy"));
        } else {
            args.addAll(List.of("-filter_complex", visualizerGraph(), "-map", "[video]", "-map", "1:a:0", "-c:a", "copy",
                    "-c:v", "libx264", "-preset", settings.preset(), "-crf", String.valueOf(settings.crf()),
                    "-x264-params", HIGH_PROFILE_TOOLS, "-profile:v", "high", "-pix_fmt", "yuv420p",
                    "-g", String.valueOf(fps * settings.keyframeIntervalSeconds()),
                    "-bf", "0", "-color_primaries", "bt709", "-color_trc", "bt709", "-colorspace", "bt709"));
        }
        args.addAll(List.of("-video_track_timescale", String.valueOf(fps * 512), "-movflags", "+faststart",
                "-f", "mp4", plan.partialOutput().toString()));
        return command("video", List.copyOf(args), plan.timeline().totalSeconds());
    }

    /**
     * The band, as wide as the picture and visualizer-height-percent of it high, drawn with the visualizer's colour
     * on a transparent ground over the bottom of every frame. Bars: the spectrum of one 2048-sample window per
     * frame, the windows overlapping so there is exactly one per frame (FFmpeg 4.4's showfreqs has no rate option).
     */
    String visualizerGraph() {
        StudioProperties.Render settings = plan.settings();
        int height = settings.height() * settings.visualizerHeightPercent() / 100 / 2 * 2;
        String size = settings.width() + "x" + height;
        String colour = "0x" + settings.visualizerColour();
        String band = switch (plan.visualizer()) {
            case BARS -> String.format(Locale.ROOT, "showfreqs=s=%s:mode=bar:ascale=sqrt:fscale=log:win_size=%d:overlap=%.6f"
                    + ":colors=%s,fps=%d", size, SPECTRUM_WINDOW, 1 - (double) plan.timeline().sampleRate() / settings.fps()
                    / SPECTRUM_WINDOW, colour, settings.fps());
            case WAVE -> String.format(Locale.ROOT, "showwaves=s=%s:mode=cline:rate=%d:scale=sqrt:colors=%s", size,
                    settings.fps(), colour);
            case NONE -> throw new IllegalStateException("no visualizer to draw");
        };
        return "[1:a]" + band + ",format=rgba[band];[0:v][band]overlay=0:main_h-overlay_h:shortest=1,format=yuv420p[video]";
    }

    private String frameFill(int width, int height) {
        return FrameFill.of(plan.settings().fill(), width, height);
    }

    /** Every run: no stdin (it would wait for keys), progress reported to a file the studio reads while it runs. */
    private FfmpegCommand command(String purpose, List<String> arguments, double expectedSeconds) {
        Path progress = plan.scratch().resolve("progress-" + purpose.replaceAll("[^A-Za-z0-9]+", "-") + ".txt");
        List<String> args = new ArrayList<>(List.of("-nostdin", "-progress", progress.toString()));
        args.addAll(arguments);
        return new FfmpegCommand(purpose, List.copyOf(args), plan.timeoutMillis(), progress, expectedSeconds);
    }

    /**
     * Neighbours are crossfaded pair by pair, then the pairs, and so on up to the whole program: the same joins as
     * a chain, but every sample passes through about five crossfade filters instead of up to nineteen (each one
     * copies what passes through it; the chain cost the mix 15 s of CPU for an hour).
     */
    private void crossfadeInPairs(StringBuilder graph, int tracks) {
        List<String> level = new ArrayList<>();
        for (int i = 0; i < tracks; i++) {
            level.add("[a" + i + "]");
        }
        int made = 0;
        while (level.size() > 1) {
            List<String> joined = new ArrayList<>();
            for (int i = 0; i + 1 < level.size(); i += 2) {
                String pair = level.size() == 2 ? "[joined]" : "[x" + made++ + "]";
                graph.append(level.get(i)).append(level.get(i + 1)).append("acrossfade=ns=")
                        .append(plan.timeline().crossfadeSamples()).append(":c1=tri:c2=tri").append(pair).append(';');
                joined.add(pair);
            }
            if (level.size() % 2 == 1) {
                joined.add(level.get(level.size() - 1));
            }
            level = joined;
        }
    }

    /** Every track resampled and cut to its exact length, joined gapless or crossfaded, faded in and out. */
    private String program() {
        TrackTimeline timeline = plan.timeline();
        StringBuilder graph = new StringBuilder();
        List<TrackTimeline.Segment> segments = timeline.segments();
        for (int i = 0; i < segments.size(); i++) {
            long samples = segments.get(i).trackSamples();
            graph.append(String.format(Locale.ROOT,
                    "[%d:a]aresample=%d,aformat=sample_fmts=fltp:channel_layouts=stereo,apad=whole_len=%d,atrim=end_sample=%d[a%d];",
                    i, timeline.sampleRate(), samples, samples, i));
        }
        if (timeline.crossfadeSamples() == 0) {
            for (int i = 0; i < segments.size(); i++) {
                graph.append("[a").append(i).append(']');
            }
            graph.append("concat=n=").append(segments.size()).append(":v=0:a=1[joined];");
        } else {
            crossfadeInPairs(graph, segments.size());
        }
        double total = timeline.totalSeconds();
        StudioProperties.Render settings = plan.settings();
        graph.append(String.format(Locale.ROOT, "[joined]afade=t=in:st=0:d=%.3f,afade=t=out:st=%.3f:d=%.3f[program]",
                settings.fadeInSeconds(), Math.max(0, total - settings.fadeOutSeconds()), settings.fadeOutSeconds()));
        return graph.toString();
    }
}
