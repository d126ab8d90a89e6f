package com.channelstudio.bench;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.images.painter.Painter;
import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.media.Loudness;
import com.channelstudio.media.MediaProbe;
import com.channelstudio.music.synth.Synthesizer;
import com.channelstudio.planning.BuiltInPlanner;
import com.channelstudio.planning.PromptPlan;
import com.channelstudio.support.StudioSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Times the built-in providers on one album: 20 tracks of 3 minutes with one thread and with two, their measurement
 * on arrival, and 20 full-HD paintings. Run by bench/builtin-providers.sh; arguments: niche, mood, threads.
 */
public final class BuiltInProvidersBenchmark {

    private static final int TRACKS = 20;
    private static final double TRACK_SECONDS = 180;

    public static void main(String[] args) throws Exception {
        String niche = args.length > 0 ? args[0] : "Royal court classical";
        String mood = args.length > 1 ? args[1] : "elegant, serene";
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        PromptPlan plan = new BuiltInPlanner().plan(niche, mood, 60, 20240601L);
        Synthesizer synthesizer = new Synthesizer();
        Painter painter = new Painter();
        Path dir = Files.createTempDirectory("builtin-bench");
        try {
            System.out.printf(Locale.ROOT, "niche: %s | mood: %s | cores: %d | JVM max heap: %d MiB%n", niche, mood,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            // Warm the JIT so neither measured run pays for compilation alone.
            for (int i = 1; i <= 4; i++) {
                synthesizer.compose(plan.music(i).prompt(), 15, i, dir.resolve("warm.wav"));
                painter.paint(plan.visual(i).prompt(), i, 1920, 1080, dir.resolve("warm.png"));
            }
            resetPeaks();
            double single = album(synthesizer, plan, dir, 1);
            long singlePeak = heapPeakMiB();
            resetPeaks();
            double parallel = album(synthesizer, plan, dir, threads);
            long parallelPeak = heapPeakMiB();
            double audioSeconds = TRACKS * TRACK_SECONDS;
            System.out.printf(Locale.ROOT, "synth 1 thread : %d x %.0f s tracks (%.0f min) in %6.2f s wall = %6.1fx realtime (heap peak %d MiB)%n",
                    TRACKS, TRACK_SECONDS, audioSeconds / 60, single, audioSeconds / single, singlePeak);
            System.out.printf(Locale.ROOT, "synth %d threads: %d x %.0f s tracks (%.0f min) in %6.2f s wall = %6.1fx realtime (heap peak %d MiB)%n",
                    threads, TRACKS, TRACK_SECONDS, audioSeconds / 60, parallel, audioSeconds / parallel, parallelPeak);
            System.out.printf(Locale.ROOT, "synth speed-up %d threads vs 1: %.2fx | target <= 20 s wall (>= 180x realtime): %s%n",
                    threads, single / parallel, parallel <= 20 ? "MET" : "MISSED");
            measureOnArrival(dir);

            List<Double> times = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 1; i <= TRACKS; i++) {
                long t = System.nanoTime();
                painter.paint(plan.visual(i).prompt(), i, 1920, 1080, dir.resolve("image-" + i + ".png"));
                times.add((System.nanoTime() - t) / 1e9);
            }
            double total = (System.nanoTime() - start) / 1e9;
            double max = times.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            StringBuilder each = new StringBuilder();
            for (double t : times) {
                each.append(String.format(Locale.ROOT, " %.0f", t * 1000));
            }
            System.out.printf(Locale.ROOT, "painter 1 thread: %d images 1920x1080 in %.2f s, mean %.0f ms, max %.0f ms per image | target <= 500 ms: %s%n",
                    TRACKS, total, total / TRACKS * 1000, max * 1000, max <= 0.5 ? "MET" : "MISSED");
            System.out.println("painter per image (ms):" + each);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double album(Synthesizer synthesizer, PromptPlan plan, Path dir, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> tracks = new ArrayList<>();
            for (int i = 1; i <= TRACKS; i++) {
                int index = i;
                tracks.add(pool.submit(() -> {
                    Path wav = dir.resolve("track-" + index + ".wav");
                    synthesizer.compose(plan.music(index).prompt(), TRACK_SECONDS, index, wav);
                    return null;
                }));
            }
            for (Future<?> track : tracks) {
                track.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * What measuring the album's tracks on arrival costs (TrackAcceptance): FFmpeg's ebur128 meter as the studio ran
     * it before, against the studio's meter reading FFmpeg's decode ({@link MediaProbe#measureAudio}), one track at a
     * time, and how far apart their readings are.
     */
    private static void measureOnArrival(Path dir) throws Exception {
        StudioProperties settings = StudioSettings.of(Map.of("studio.ffmpeg.cache-dir", dir.resolve("ffmpeg").toString()));
        FfmpegLocator ffmpeg = new FfmpegLocator(settings);
        MediaProbe probe = new MediaProbe(ffmpeg, settings);
        double ffmpegSeconds = 0;
        double studioSeconds = 0;
        double loudnessGap = 0;
        double peakGap = 0;
        for (int i = 1; i <= TRACKS; i++) {
            Path wav = dir.resolve("track-" + i + ".wav");
            long start = System.nanoTime();
            Loudness ffmpegs = ffmpegMeter(ffmpeg.executable(), wav);
            ffmpegSeconds += (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            Loudness studios = probe.measureAudio(wav).loudness();
            studioSeconds += (System.nanoTime() - start) / 1e9;
            loudnessGap = Math.max(loudnessGap, Math.abs(studios.integratedLufs() - ffmpegs.integratedLufs()));
            peakGap = Math.max(peakGap, Math.abs(studios.truePeakDbtp() - ffmpegs.truePeakDbtp()));
        }
        System.out.printf(Locale.ROOT, "measure on arrival, %d tracks one after another: FFmpeg's ebur128 %.2f s, the studio's "
                + "meter %.2f s = %.2fx faster | largest difference %.2f LU, %.2f dB (FFmpeg prints tenths)%n",
                TRACKS, ffmpegSeconds, studioSeconds, ffmpegSeconds / studioSeconds, loudnessGap, peakGap);
    }

    /** The measurement as the studio made it before: the decode through FFmpeg's ebur128 filter, its summary read. */
    private static Loudness ffmpegMeter(String ffmpeg, Path track) throws Exception {
        Process process = new ProcessBuilder(ffmpeg, "-nostdin", "-hide_banner", "-nostats", "-i", track.toString(), "-map", "0:a:0",
                "-af", "aresample=48000,aformat=channel_layouts=stereo,ebur128=peak=true", "-ac", "2", "-ar", "48000",
                "-f", "s16le", "-").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String log = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("FFmpeg's meter failed on " + track + ": " + log);
        }
        return Loudness.parse(log);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long heapPeakMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
