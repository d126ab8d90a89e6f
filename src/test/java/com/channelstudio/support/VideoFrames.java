package com.channelstudio.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A video's frames as FFmpeg decodes them: their MD5s, or their luma planes at full size, and how close two are. */
public final class VideoFrames {

    private final String ffmpeg;

    public VideoFrames(String ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /** The MD5 of every decoded frame, in order. */
    public List<String> hashes(Path video) throws IOException, InterruptedException {
        return md5s("-i", video.toString(), "-map", "0:v:0", "-f", "framemd5", "-");
    }

    /** The MD5 of the bottom {@code percent} % of frames {@code first} to {@code last}, decoded, in order. */
    public List<String> bottomHashes(Path video, int percent, long first, long last) throws IOException, InterruptedException {
        return md5s("-i", video.toString(), "-map", "0:v:0", "-vf", "select=between(n\\," + first + "\\," + last + "),crop=iw:ih*"
                + percent + "/100:0:ih*" + (100 - percent) + "/100", "-vsync", "0", "-f", "framemd5", "-");
    }

    private List<String> md5s(String... arguments) throws IOException, InterruptedException {
        return new String(output(arguments)).lines().filter(line -> !line.startsWith("#"))
                .map(line -> line.substring(line.lastIndexOf(',') + 1).trim()).toList();
    }

    /** Frames {@code first} to {@code last} of a video of {@code width} x {@code height}: their luma planes. */
    public List<byte[]> lumas(Path video, int width, int height, long first, long last) throws IOException, InterruptedException {
        byte[] planes = output("-i", video.toString(), "-vf", "select=between(n\\," + first + "\\," + last + ")", "-vsync", "0",
                "-f", "rawvideo", "-pix_fmt", "gray", "-");
        int size = width * height;
        if (planes.length != (last - first + 1) * size) {
            throw new IOException("FFmpeg gave " + planes.length + " bytes for frames " + first + " to " + last + " of " + video);
        }
        List<byte[]> frames = new ArrayList<>();
        for (int offset = 0; offset < planes.length; offset += size) {
            frames.add(Arrays.copyOfRange(planes, offset, offset + size));
        }
        return frames;
    }

    /** Peak signal-to-noise ratio of two lumas, in dB, as FFmpeg's psnr filter gives it for the Y plane. */
    public static double psnr(byte[] a, byte[] b) {
        double squares = 0;
        for (int i = 0; i < a.length; i++) {
            double difference = (a[i] & 0xff) - (b[i] & 0xff);
            squares += difference * difference;
        }
        double mse = squares / a.length;
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255 * 255 / mse);
    }

    private byte[] output(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ffmpeg, "-nostdin", "-v", "error"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] bytes = process.getInputStream().readAllBytes();
        if (process.waitFor() != 0 || bytes.length == 0) {
            throw new IOException("FFmpeg gave nothing: " + command);
        }
        return bytes;
    }
}
