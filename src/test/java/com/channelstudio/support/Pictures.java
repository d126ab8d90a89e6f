package com.channelstudio.support;

import com.channelstudio.timeline.TrackTimeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a viewer sees, reduced to a 32×18 RGB thumbnail by FFmpeg: a frame of a video, or a source image
 * scaled and cropped like the renderer does, so the two can be compared.
 */
public final class Pictures {

    private static final String THUMB = "scale=32:18:force_original_aspect_ratio=increase,crop=32:18";

    private final String ffmpeg;

    public Pictures(String ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    public int[] frame(Path video, long frameIndex) throws IOException, InterruptedException {
        return raw(List.of("-i", video.toString(), "-vf", "select=eq(n\\," + frameIndex + ")," + THUMB, "-vsync", "0"));
    }

    public int[] frameAt(Path video, double seconds) throws IOException, InterruptedException {
        return raw(List.of("-ss", String.valueOf(seconds), "-i", video.toString(), "-vf", THUMB));
    }

    public int[] image(Path image) throws IOException, InterruptedException {
        return raw(List.of("-i", image.toString(), "-vf", THUMB));
    }

    /**
     * Every {@code step}-th cut of the timeline (from the first) where the last frame before it does not show the
     * image before rather than the next one, or the first frame after it not the next image: none when every image
     * is on screen exactly while its track plays.
     */
    public List<String> cutsOffTheirTrack(Path video, TrackTimeline timeline, List<Path> images, int step)
            throws IOException, InterruptedException {
        List<String> off = new ArrayList<>();
        for (int i = 1; i < images.size(); i += step) {
            long cut = timeline.segments().get(i).firstFrame();
            int[] before = image(images.get(i - 1));
            int[] after = image(images.get(i));
            if (!showsRatherThan(frame(video, cut - 1), before, after)) {
                off.add("the last frame before cut " + i + " does not show image " + i);
            }
            if (!showsRatherThan(frame(video, cut), after, before)) {
                off.add("the first frame after cut " + i + " does not show image " + (i + 1));
            }
        }
        return off;
    }

    /** Mean absolute difference per channel, 0–255. */
    public static double distance(int[] a, int[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }

    /** Whether the sample looks more like {@code expected} than like {@code other}. */
    public static boolean showsRatherThan(int[] sample, int[] expected, int[] other) {
        return distance(sample, expected) < distance(sample, other);
    }

    private int[] raw(List<String> input) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ffmpeg, "-nostdin", "-v", "error"));
        command.addAll(input);
        command.addAll(List.of("-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] bytes = process.getInputStream().readAllBytes();
        if (process.waitFor() != 0 || bytes.length != 32 * 18 * 3) {
            throw new IOException("FFmpeg gave no picture for " + input);
        }
        int[] pixels = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            pixels[i] = bytes[i] & 0xff;
        }
        return pixels;
    }
}
