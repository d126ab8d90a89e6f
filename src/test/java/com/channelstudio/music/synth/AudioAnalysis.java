package com.channelstudio.music.synth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a listener would notice, measured in plain Java: level, loudness, tempo and harmonic content. */
final class AudioAnalysis {

    final int sampleRate;
    final int channels;
    final int bitsPerSample;
    final float[] left;
    final float[] right;

    private AudioAnalysis(int sampleRate, int channels, int bitsPerSample, float[] left, float[] right) {
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.bitsPerSample = bitsPerSample;
        this.left = left;
        this.right = right;
    }

    static AudioAnalysis read(Path wav) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
            throw new IOException("not a RIFF/WAVE file");
        }
        int channels = b.getShort(22);
        int rate = b.getInt(24);
        int bits = b.getShort(34);
        int dataBytes = b.getInt(40);
        if (b.getInt(36) != 0x61746164 || dataBytes != b.capacity() - 44) {
            throw new IOException("data chunk length does not match the file");
        }
        int frames = dataBytes / 4;
        float[] l = new float[frames];
        float[] r = new float[frames];
        for (int i = 0; i < frames; i++) {
            l[i] = b.getShort(44 + 4 * i) / 32768f;
            r[i] = b.getShort(46 + 4 * i) / 32768f;
        }
        return new AudioAnalysis(rate, channels, bits, l, r);
    }

    int frames() {
        return left.length;
    }

    double peak() {
        double peak = 0;
        for (int i = 0; i < left.length; i++) {
            peak = Math.max(peak, Math.max(Math.abs(left[i]), Math.abs(right[i])));
        }
        return peak;
    }

    /** The 4x oversampling interpolator of ITU-R BS.1770-4, Annex 2: four phases of twelve taps. */
    private static final double[][] TRUE_PEAK_PHASES = {
            {0.0017089843750, 0.0109863281250, -0.0196533203125, 0.0332031250000,
                    -0.0594482421875, 0.1373291015625, 0.9721679687500, -0.1022949218750,
                    0.0476074218750, -0.0266113281250, 0.0148925781250, -0.0083007812500},
            {-0.0291748046875, 0.0292968750000, -0.0517578125000, 0.0891113281250,
                    -0.1665039062500, 0.4650878906250, 0.7797851562500, -0.2003173828125,
                    0.1015625000000, -0.0582275390625, 0.0330810546875, -0.0189208984375},
            {-0.0189208984375, 0.0330810546875, -0.0582275390625, 0.1015625000000,
                    -0.2003173828125, 0.7797851562500, 0.4650878906250, -0.1665039062500,
                    0.0891113281250, -0.0517578125000, 0.0292968750000, -0.0291748046875},
            {-0.0083007812500, 0.0148925781250, -0.0266113281250, 0.0476074218750,
                    -0.1022949218750, 0.9721679687500, 0.1373291015625, -0.0594482421875,
                    0.0332031250000, -0.0196533203125, 0.0109863281250, 0.0017089843750}};

    /** BS.1770 true peak in dBTP: the highest level of the signal oversampled four times by the standard's filter. */
    double truePeakDbtp() {
        double peak = 0;
        for (float[] x : new float[][] {left, right}) {
            for (int n = 11; n < x.length; n++) {
                for (double[] taps : TRUE_PEAK_PHASES) {
                    double sum = 0;
                    for (int k = 0; k < taps.length; k++) {
                        sum += taps[k] * x[n - k];
                    }
                    peak = Math.max(peak, Math.abs(sum));
                }
            }
        }
        return 20 * Math.log10(peak);
    }

    double rmsDbfs(int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += left[i] * left[i] + right[i] * right[i];
        }
        return 10 * Math.log10(sum / (2.0 * (to - from)) + 1e-20);
    }

    /** ITU-R BS.1770 integrated loudness (K-weighting, 400 ms blocks, absolute and relative gates), in LUFS. */
    double integratedLoudness() {
        double[] kl = kWeight(left);
        double[] kr = kWeight(right);
        int block = (int) (0.4 * sampleRate);
        int hop = block / 4;
        java.util.List<Double> powers = new java.util.ArrayList<>();
        for (int start = 0; start + block <= kl.length; start += hop) {
            double sum = 0;
            for (int i = start; i < start + block; i++) {
                sum += kl[i] * kl[i] + kr[i] * kr[i];
            }
            powers.add(sum / block);
        }
        double absolute = 0;
        int n = 0;
        for (double p : powers) {
            if (-0.691 + 10 * Math.log10(p) > -70) {
                absolute += p;
                n++;
            }
        }
        double relativeGate = -0.691 + 10 * Math.log10(absolute / n) - 10;
        double gated = 0;
        int m = 0;
        for (double p : powers) {
            double l = -0.691 + 10 * Math.log10(p);
            if (l > -70 && l > relativeGate) {
                gated += p;
                m++;
            }
        }
        return -0.691 + 10 * Math.log10(gated / m);
    }

    private double[] kWeight(float[] x) {
        // The two BS.1770 biquads (high-shelf then high-pass), coefficients for 48 kHz.
        double[] stage1 = biquad(x, 1.53512485958697, -2.69169618940638, 1.19839281085285, -1.69065929318241, 0.73248077421585);
        return biquad(stage1, 1.0, -2.0, 1.0, -1.99004745483398, 0.99007225036621);
    }

    private static double[] biquad(float[] x, double b0, double b1, double b2, double a1, double a2) {
        double[] in = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            in[i] = x[i];
        }
        return biquad(in, b0, b1, b2, a1, a2);
    }

    private static double[] biquad(double[] x, double b0, double b1, double b2, double a1, double a2) {
        double[] y = new double[x.length];
        double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
        for (int i = 0; i < x.length; i++) {
            double out = b0 * x[i] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = x[i];
            y2 = y1;
            y1 = out;
            y[i] = out;
        }
        return y;
    }

    /**
     * Tempo in BPM from the autocorrelation of a spectral-flux onset envelope: the strongest period between 50 and
     * 200 BPM, refined on its fourth multiple for precision.
     */
    double tempo(int fromFrame, int toFrame) {
        int window = 1024;
        int hop = 256;
        int frames = (toFrame - fromFrame - window) / hop;
        double[] flux = new double[frames];
        double[] previous = new double[window / 2];
        double[] re = new double[window];
        double[] im = new double[window];
        for (int f = 0; f < frames; f++) {
            int start = fromFrame + f * hop;
            for (int i = 0; i < window; i++) {
                double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / window);
                re[i] = (left[start + i] + right[start + i]) * 0.5 * hann;
                im[i] = 0;
            }
            fft(re, im);
            double sum = 0;
            for (int k = 1; k < window / 2; k++) {
                double magnitude = Math.log1p(100 * Math.hypot(re[k], im[k]));
                sum += Math.max(0, magnitude - previous[k]);
                previous[k] = magnitude;
            }
            flux[f] = sum;
        }
        double mean = 0;
        for (double v : flux) {
            mean += v;
        }
        mean /= frames;
        for (int i = 0; i < frames; i++) {
            flux[i] = Math.max(0, flux[i] - mean);
        }
        double hopSeconds = (double) hop / sampleRate;
        int minLag = (int) Math.floor(60.0 / 200 / hopSeconds);
        int maxLag = (int) Math.ceil(60.0 / 50 / hopSeconds);
        double[] ac = new double[4 * maxLag + 8];
        for (int lag = 1; lag < ac.length && lag < frames; lag++) {
            double sum = 0;
            for (int i = 0; i + lag < frames; i++) {
                sum += flux[i] * flux[i + lag];
            }
            ac[lag] = sum / (frames - lag);
        }
        int best = minLag;
        for (int lag = minLag; lag <= maxLag; lag++) {
            if (ac[lag] > ac[best]) {
                best = lag;
            }
        }
        // Metrical levels all repeat, so the strongest period may be two or three beats; take the fastest
        // sub-multiple that is nearly as periodic, the level a listener taps.
        for (int k = 4; k >= 2; k--) {
            int candidate = localPeak(ac, (int) Math.round((double) best / k), 2);
            if (candidate >= minLag && ac[candidate] >= 0.75 * ac[best]) {
                best = candidate;
                break;
            }
        }
        int far = 4 * best;
        int bestFar = far;
        for (int lag = far - 4; lag <= far + 4; lag++) {
            if (lag > 0 && lag < ac.length - 1 && ac[lag] > ac[bestFar]) {
                bestFar = lag;
            }
        }
        double refined = bestFar + parabolic(ac[bestFar - 1], ac[bestFar], ac[bestFar + 1]);
        return 60.0 / (refined / 4 * hopSeconds);
    }

    private static int localPeak(double[] ac, int around, int radius) {
        int peak = around;
        for (int lag = Math.max(1, around - radius); lag <= around + radius && lag < ac.length; lag++) {
            if (ac[lag] > ac[peak]) {
                peak = lag;
            }
        }
        return peak;
    }

    private static double parabolic(double a, double b, double c) {
        double denominator = a - 2 * b + c;
        return denominator == 0 ? 0 : 0.5 * (a - c) / denominator;
    }

    /** Average 12-bin pitch-class profile (chroma) over a stretch of audio, normalised to unit length. */
    double[] chroma(int fromFrame, int toFrame) {
        int window = 8192;
        double[] chroma = new double[12];
        double[] re = new double[window];
        double[] im = new double[window];
        for (int start = fromFrame; start + window <= toFrame; start += window / 2) {
            for (int i = 0; i < window; i++) {
                double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / window);
                re[i] = (left[start + i] + right[start + i]) * 0.5 * hann;
                im[i] = 0;
            }
            fft(re, im);
            for (int k = 1; k < window / 2; k++) {
                double hz = (double) k * sampleRate / window;
                if (hz < 80 || hz > 2000) {
                    continue;
                }
                double midi = 69 + 12 * Math.log(hz / 440) / Math.log(2);
                int pitchClass = Math.floorMod((int) Math.round(midi), 12);
                chroma[pitchClass] += re[k] * re[k] + im[k] * im[k];
            }
        }
        double norm = 0;
        for (double c : chroma) {
            norm += c * c;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < 12; i++) {
            chroma[i] /= norm;
        }
        return chroma;
    }

    static double cosineDistance(double[] a, double[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return 1 - dot / Math.sqrt(na * nb);
    }

    /** Chroma per bar-sized stretch, to compare how two passages move harmonically, not just which notes they use. */
    double[][] chromaSequence(int fromFrame, int toFrame, int step) {
        int count = (toFrame - fromFrame) / step;
        double[][] out = new double[count][];
        for (int i = 0; i < count; i++) {
            out[i] = chroma(fromFrame + i * step, fromFrame + (i + 1) * step);
        }
        return out;
    }

    static double sequenceDistance(double[][] a, double[][] b) {
        int n = Math.min(a.length, b.length);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += cosineDistance(a[i], b[i]);
        }
        return sum / n;
    }

    static void fft(double[] re, double[] im) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double angle = -2 * Math.PI / len;
            double wr = Math.cos(angle), wi = Math.sin(angle);
            for (int i = 0; i < n; i += len) {
                double cr = 1, ci = 0;
                for (int k = 0; k < len / 2; k++) {
                    int a = i + k, b = i + k + len / 2;
                    double tr = re[b] * cr - im[b] * ci;
                    double ti = re[b] * ci + im[b] * cr;
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                    double next = cr * wr - ci * wi;
                    ci = cr * wi + ci * wr;
                    cr = next;
                }
            }
        }
    }
}
