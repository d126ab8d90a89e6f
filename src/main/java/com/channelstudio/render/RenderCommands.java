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
        steps.add(new Step(true, audioEncode(plan.audioParts().get(0))));
        for (int i = 0; i < plan.images().size(); i++) {
            steps.add(new Step(false, clip(i)));
        }
        return steps;
    }

    /** Every command known before the render runs (a corrective audio encode is only known after the meter). */
    public String planned() {
        List<String> lines = new ArrayList<>(List.of(audio(List.of())));
        for (int i = 0; i < plan.images().size(); i++) {
            lines.add(clip(i).commandLine(plan.executable()));
        }
        lines.add(mux().commandLine(plan.executable()));
        return String.join("\n", lines);
    }

    /**
     * The program audio as stored: each part's pipeline on a line (the mix, the studio's limiter, lower where told,
     * the encode, its decode and the studio's meter), then their join.
     */
    String audio(List<Overshoot> overshoots) {
        StringBuilder limiter = new StringBuilder(String.format(Locale.ROOT, " | studio-true-peak-limiter --ceiling %.2fdBTP",
                plan.limiterCeilingDb()));
        for (Overshoot overshoot : overshoots) {
            limiter.append(String.format(Locale.ROOT, " --lower %.2f-%.2fs:%.2fdB", overshoot.startSeconds(),
                    overshoot.endSeconds(), overshoot.extraReductionDb()));
        }
        List<String> lines = new ArrayList<>();
        for (AudioPart part : plan.audioParts()) {
            lines.add(programMix(part).commandLine(plan.executable()) + limiter + " | "
                    + audioEncode(part).commandLine(plan.executable()) + " | " + encodedDecode().commandLine(plan.executable())
                    + String.format(Locale.ROOT, " | studio-true-peak-meter --every 0.1s --over %.2fdBTP", LoudnessGain.meterLimitDb(plan.settings())));
        }
        lines.add(audioJoin());
        return String.join("\n", lines);
    }

    /** The parts' AAC frames joined into the program's, each part's own stretch ({@link AdtsJoin}), then put in MP4. */
    private String audioJoin() {
        StringBuilder line = new StringBuilder("studio-aac-join");
        for (AudioPart part : plan.audioParts()) {
            line.append(String.format(Locale.ROOT, " %s:frames=%d+%s", plan.audioPartFile(part), part.framesBefore(),
                    part.framesKept() == Long.MAX_VALUE ? "rest" : String.valueOf(part.framesKept())));
        }
        return line.append(" > ").append(plan.joinedAudio()).append('\n').append(audioContainer().commandLine(plan.executable()))
                .toString();
    }

    /**
     * The joined AAC frames into an MP4 audio file, copied, starting a frame early: the first frame is the encoder's
     * priming, which the MP4's edit list skips. (The mux read the raw ADTS stream too, but with a visualizer, whose
     * band is drawn from the same stream it copies, FFmpeg 4.4 and 5.1 then never finished.)
     */
    public FfmpegCommand audioContainer() {
        List<String> args = List.of("-nostdin", "-hide_banner", "-v", "error", "-y",
                "-itsoffset", String.format(Locale.ROOT, "%.6f", -(double) AudioPart.AAC_FRAME / plan.timeline().sampleRate()),
                "-f", "aac", "-i", plan.joinedAudio().toString(), "-c", "copy", "-f", "mp4", plan.audioFile().toString());
        return new FfmpegCommand("program audio container", args, plan.timeoutMillis(), null, plan.timeline().totalSeconds());
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
                        + "loop=loop=%d:size=1:start=0,setpts=N/(%d*TB)", frames - 1, plan.timeline().fps());
        List<String> args = new ArrayList<>(List.of("-hide_banner", "-v", "error", "-y",
                "-framerate", String.valueOf(plan.timeline().fps()), "-i", plan.images().get(index).toString()));
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
        return command("image " + segment.orderIndex() + " of 20", List.copyOf(args), (double) frames / plan.timeline().fps());
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
     * Decodes the encoded program as the encoder makes it (its ADTS copy on stdin) to float PCM on stdout, where
     * the studio's true-peak meter reads it every 100 ms: AAC can raise the true peak of a sharp transient by a few dB.
     */
    public FfmpegCommand encodedDecode() {
        List<String> args = List.of("-nostdin", "-hide_banner", "-v", "error", "-f", "aac", "-i", "pipe:0",
                "-f", PCM_FORMAT, "-ar", String.valueOf(plan.timeline().sampleRate()), "-ac", "2", "pipe:1");
        return new FfmpegCommand("encoded audio decode", args, plan.timeoutMillis(), null, plan.timeline().totalSeconds());
    }

    /**
     * The part's stretch of the program as 32-bit float PCM on stdout: every track cut to its exact length, joined,
     * faded, and brought to the loudness target. Only the tracks the stretch hears are read, so the parts share
     * the mixing rather than each doing it all. The studio's true-peak limiter reads it on its way to
     * {@link #audioEncode(AudioPart)}.
     */
    public FfmpegCommand programMix(AudioPart part) {
        TrackTimeline timeline = plan.timeline();
        List<Integer> heard = tracksHeard(part);
        List<String> args = new ArrayList<>(List.of("-nostdin", "-hide_banner", "-v", "error"));
        for (int track : heard) {
            args.add("-i");
            args.add(plan.tracks().get(track).toString());
        }
        long offset = timeline.segments().get(heard.get(0)).startSample();
        String stretch = part.of() == 1 ? "" : String.format(Locale.ROOT, ",atrim=start_sample=%d:end_sample=%d",
                part.firstSample() - offset, part.endSample() - offset);
        args.addAll(List.of("-filter_complex",
                program(heard) + String.format(Locale.ROOT, ";[program]volume=%.2fdB%s[out]", plan.gainDb(), stretch),
                "-map", "[out]", "-f", PCM_FORMAT, "-ar", String.valueOf(timeline.sampleRate()), "-ac", "2", "pipe:1"));
        return new FfmpegCommand(part.label() + " mix", List.copyOf(args), plan.timeoutMillis(), null, seconds(part));
    }

    /** The tracks that sound in the part's stretch, crossfades included, in order. */
    private List<Integer> tracksHeard(AudioPart part) {
        List<Integer> heard = new ArrayList<>();
        List<TrackTimeline.Segment> segments = plan.timeline().segments();
        for (int i = 0; i < segments.size(); i++) {
            TrackTimeline.Segment segment = segments.get(i);
            if (segment.startSample() < part.endSample() && segment.startSample() + segment.trackSamples() > part.firstSample()) {
                heard.add(i);
            }
        }
        return heard;
    }

    /**
     * The part's limited stretch from stdin, encoded to AAC-LC as ADTS, to its file and to stdout for the meter.
     * Every option that shapes the result is named, so every FFmpeg makes the same audio: FFmpeg 5 made the slower
     * {@code twoloop} coder its default (2.3 times slower, true peaks 3 dB higher), and intensity stereo, a
     * low-bitrate tool, raised sharp transients up to 6 dB over the limited program (measured on 4.4.1, 5.1 and
     * 7.1). With both set as here they agree within 0.3 dB.
     */
    public FfmpegCommand audioEncode(AudioPart part) {
        TrackTimeline timeline = plan.timeline();
        List<String> args = List.of("-hide_banner", "-v", "error", "-y",
                "-f", PCM_FORMAT, "-ar", String.valueOf(timeline.sampleRate()), "-ac", "2", "-i", "pipe:0",
                "-map", "0:a", "-c:a", "aac", "-aac_coder", "fast", "-aac_is", "0", "-b:a", plan.settings().audioBitrate(),
                "-f", "tee", "[f=adts]" + teeEscaped(plan.audioPartFile(part).toString()) + "|[f=adts]pipe:1");
        return command(part.label(), args, seconds(part));
    }

    private double seconds(AudioPart part) {
        return (double) (part.endSample() - part.firstSample()) / plan.timeline().sampleRate();
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
        int fps = plan.timeline().fps();
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
     * on a transparent ground over the bottom of every frame. Bars: the spectrum of one window per frame, the windows
     * (a power of two, at least a frame long) overlapping so there is exactly one per frame. FFmpeg 4.4's showfreqs
     * has no rate option and times its frames by the overlap (fps sets the stream's rate); from FFmpeg 5 it times them
     * by its rate, 25 a second unless told, which at 30 repeated band frames, and it ends its stream at a time in
     * samples, not frames, from which fps would fill millions of frames (5.1 ran out of 24 GB at the end of an hour).
     */
    String visualizerGraph() {
        StudioProperties.Render settings = plan.settings();
        int fps = plan.timeline().fps();
        int height = settings.height() * settings.visualizerHeightPercent() / 100 / 2 * 2;
        String size = settings.width() + "x" + height;
        String colour = "0x" + settings.visualizerColour();
        String band = switch (plan.visualizer()) {
            case BARS -> {
                double hop = (double) plan.timeline().sampleRate() / fps;
                // The shortest FFT window that still sees every sample: 2048 (43 ms) at 30 fps, 4096 at 12.
                int window = Integer.highestOneBit((int) Math.ceil(hop) - 1) * 2;
                yield String.format(Locale.ROOT, "showfreqs=s=%s:mode=bar:ascale=sqrt:fscale=log:win_size=%d:overlap=%.6f"
                        + ":colors=%s%s", size, window, 1 - hop / window, colour,
                        plan.ffmpeg().showfreqsRate() ? ":rate=" + fps : ",fps=" + fps);
            }
            case WAVE -> String.format(Locale.ROOT, "showwaves=s=%s:mode=cline:rate=%d:scale=sqrt:colors=%s", size, fps, colour);
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

    /**
     * The tracks given (consecutive), each resampled and cut to its exact length, joined gapless or crossfaded, and
     * faded in and out where the program is (a stretch after the first track has no fade-in to make); the result
     * starts where the first of them does.
     */
    private String program(List<Integer> tracks) {
        TrackTimeline timeline = plan.timeline();
        StringBuilder graph = new StringBuilder();
        List<TrackTimeline.Segment> segments = timeline.segments();
        for (int i = 0; i < tracks.size(); i++) {
            long samples = segments.get(tracks.get(i)).trackSamples();
            graph.append(String.format(Locale.ROOT,
                    "[%d:a]aresample=%d,aformat=sample_fmts=fltp:channel_layouts=stereo,apad=whole_len=%d,atrim=end_sample=%d[a%d];",
                    i, timeline.sampleRate(), samples, samples, i));
        }
        if (timeline.crossfadeSamples() == 0) {
            for (int i = 0; i < tracks.size(); i++) {
                graph.append("[a").append(i).append(']');
            }
            graph.append("concat=n=").append(tracks.size()).append(":v=0:a=1[joined];");
        } else {
            crossfadeInPairs(graph, tracks.size());
        }
        double starts = (double) segments.get(tracks.get(0)).startSample() / timeline.sampleRate();
        StudioProperties.Render settings = plan.settings();
        graph.append("[joined]");
        if (tracks.get(0) == 0) {
            graph.append(String.format(Locale.ROOT, "afade=t=in:st=0:d=%.3f,", settings.fadeInSeconds()));
        }
        graph.append(String.format(Locale.ROOT, "afade=t=out:st=%.6f:d=%.3f[program]",
                Math.max(0, timeline.totalSeconds() - settings.fadeOutSeconds() - starts), settings.fadeOutSeconds()));
        return graph.toString();
    }
}
