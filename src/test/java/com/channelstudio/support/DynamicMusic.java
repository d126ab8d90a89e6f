package com.channelstudio.support;

import com.channelstudio.media.Loudness;
import com.channelstudio.media.MediaProbe;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Music as a dynamic master from a provider might sound, made for tests: a quiet chord bed under sharp drum hits
 * (noise bursts and pitched kicks with instant attacks), band-limited at 16 kHz as an MP3 source would be, its
 * true peak at 0 dBTP and its peak-to-loudness ratio about 14 dB: the material AAC overshoots most.
 */
public final class DynamicMusic {

    private static final int RATE = 48_000;

    private final String ffmpeg;
    private final MediaProbe probe;

    public DynamicMusic(String ffmpeg, MediaProbe probe) {
        this.ffmpeg = ffmpeg;
        this.probe = probe;
    }

    /** Writes the track as 24-bit WAV and returns its measured loudness. */
    public Loudness write(Path file, double seconds, int seed) {
        try {
            float[] samples = compose(seconds, seed);
            encode(samples, file, 0);
            Loudness first = probe.measureAudio(file).loudness();
            double correction = -first.truePeakDbtp();
            encode(samples, file, correction);
            return new Loudness(first.integratedLufs() + correction, first.truePeakDbtp() + correction);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing " + file, e);
        }
    }

    private static float[] compose(double seconds, int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int frames = (int) Math.round(seconds * RATE);
        float[] stereo = new float[2 * frames];
        double[] chord = {110, 146.83, 164.81, 196, 220, 261.63, 293.66, 329.63};
        for (int voice = 0; voice < 4; voice++) {
            double frequency = chord[random.nextInt(chord.length)];
            double swell = random.nextDouble(4, 9);
            // Sine and cosine stepped by rotation: Math.sin per sample would make an hour take a minute.
            double step = 2 * Math.PI * frequency / RATE;
            double sin = Math.sin(random.nextDouble(6));
            double cos = Math.sqrt(1 - sin * sin);
            double cosStep = Math.cos(step);
            double sinStep = Math.sin(step);
            double swelling = 1;
            for (int i = 0; i < frames; i++) {
                double nextSin = sin * cosStep + cos * sinStep;
                cos = cos * cosStep - sin * sinStep;
                sin = nextSin;
                if (i % 64 == 0) {
                    swelling = 0.6 + 0.4 * Math.sin(2 * Math.PI * i / (swell * RATE));
                }
                float value = (float) (0.15 * sin * swelling);
                stereo[2 * i] += value;
                stereo[2 * i + 1] += 0.9f * value;
            }
        }
        double beat = 60 / random.nextDouble(100, 120);
        int length = RATE / 4;
        int offset = (int) (0.0007 * RATE);
        int count = 0;
        for (double at = 0; at < seconds - 0.3; at += beat / 2, count++) {
            int start = (int) (at * RATE);
            // Kick on the beat, snare-like noise between, the first of every bar accented.
            double accent = count % 8 == 0 ? 1.0 : 0.55 + 0.1 * random.nextDouble();
            boolean noise = count % 2 == 1;
            for (int i = 0; i < length && start + i + offset < frames; i++) {
                double t = (double) i / RATE;
                double hit = noise ? accent * (random.nextDouble() * 2 - 1) * Math.exp(-t / 0.012)
                        : accent * Math.sin(2 * Math.PI * (60 * t + 300 * 0.06 * (1 - Math.exp(-t / 0.06)))) * Math.exp(-t / 0.06);
                stereo[2 * (start + i)] += (float) (0.8 * hit);
                stereo[2 * (start + i + offset) + 1] += (float) (0.8 * hit);
            }
        }
        return stereo;
    }

    private void encode(float[] stereo, Path file, double gainDb) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(ffmpeg, "-v", "error", "-y", "-f", "f32le", "-ar", String.valueOf(RATE),
                "-ac", "2", "-i", "pipe:0", "-af", String.format(Locale.ROOT,
                        "lowpass=f=16000:poles=2,lowpass=f=16000:poles=2,volume=%.3fdB", gainDb - 6),
                "-c:a", "pcm_s24le", file.toString())).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        ByteBuffer bytes = ByteBuffer.allocate(stereo.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(stereo);
        try (OutputStream in = process.getOutputStream()) {
            in.write(bytes.array());
        }
        if (process.waitFor() != 0) {
            throw new IOException("FFmpeg could not write " + file);
        }
    }
}
