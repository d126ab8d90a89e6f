package com.channelstudio.images.painter;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/** What a viewer would notice, measured in plain Java: contrast, detail, colour and a perceptual hash. */
final class ImageAnalysis {

    private ImageAnalysis() {}

    static double[] luma(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        double[] out = new double[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            out[i] = 0.299 * ((p >> 16) & 255) + 0.587 * ((p >> 8) & 255) + 0.114 * (p & 255);
        }
        return out;
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    static double standardDeviation(double[] values) {
        double m = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - m) * (v - m);
        }
        return Math.sqrt(sum / values.length);
    }

    /** Shannon entropy of the 256-level luminance histogram, in bits (a flat image has 0). */
    static double entropyBits(double[] luma) {
        int[] histogram = new int[256];
        for (double v : luma) {
            histogram[(int) Math.min(255, Math.max(0, Math.round(v)))]++;
        }
        double entropy = 0;
        for (int count : histogram) {
            if (count > 0) {
                double p = (double) count / luma.length;
                entropy -= p * Math.log(p) / Math.log(2);
            }
        }
        return entropy;
    }

    /** Mean absolute luminance step between neighbouring pixels: how much edge and texture there is. */
    static double meanGradient(double[] luma, int width, int height) {
        double sum = 0;
        for (int y = 0; y < height - 1; y++) {
            for (int x = 0; x < width - 1; x++) {
                int i = y * width + x;
                sum += Math.abs(luma[i + 1] - luma[i]) + Math.abs(luma[i + width] - luma[i]);
            }
        }
        return sum / ((double) (width - 1) * (height - 1));
    }

    static double[] meanRgb(BufferedImage image, int fromRow, int toRow) {
        double r = 0, g = 0, b = 0;
        int n = 0;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int p = image.getRGB(x, y);
                r += (p >> 16) & 255;
                g += (p >> 8) & 255;
                b += p & 255;
                n++;
            }
        }
        return new double[] {r / n, g / n, b / n};
    }

    /** Pixels much brighter than their surroundings 3 px away: stars, sparks, lights. */
    static int brightSpeckles(BufferedImage image, int fromRow, int toRow) {
        int count = 0;
        for (int y = Math.max(3, fromRow); y < Math.min(image.getHeight() - 3, toRow); y++) {
            for (int x = 3; x < image.getWidth() - 3; x++) {
                double v = lumaAt(image, x, y);
                double around = (lumaAt(image, x - 3, y) + lumaAt(image, x + 3, y) + lumaAt(image, x, y - 3) + lumaAt(image, x, y + 3)) / 4;
                if (v - around > 40) {
                    count++;
                }
            }
        }
        return count;
    }

    private static double lumaAt(BufferedImage image, int x, int y) {
        int p = image.getRGB(x, y);
        return 0.299 * ((p >> 16) & 255) + 0.587 * ((p >> 8) & 255) + 0.114 * (p & 255);
    }

    /** The classic DCT perceptual hash: 32x32 grey thumbnail, low 8x8 frequencies above or below their median. */
    static long perceptualHash(BufferedImage image) {
        int n = 32;
        double[][] small = new double[n][n];
        int w = image.getWidth(), h = image.getHeight();
        double[] luma = luma(image);
        for (int by = 0; by < n; by++) {
            for (int bx = 0; bx < n; bx++) {
                int x0 = bx * w / n, x1 = (bx + 1) * w / n, y0 = by * h / n, y1 = (by + 1) * h / n;
                double sum = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        sum += luma[y * w + x];
                    }
                }
                small[by][bx] = sum / ((x1 - x0) * (y1 - y0));
            }
        }
        double[] low = new double[64];
        for (int u = 0; u < 8; u++) {
            for (int v = 0; v < 8; v++) {
                double sum = 0;
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        sum += small[y][x] * Math.cos((2 * x + 1) * v * Math.PI / (2 * n)) * Math.cos((2 * y + 1) * u * Math.PI / (2 * n));
                    }
                }
                low[u * 8 + v] = sum;
            }
        }
        double[] sorted = Arrays.copyOfRange(low, 1, 64);
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        long hash = 0;
        for (int i = 1; i < 64; i++) {
            if (low[i] > median) {
                hash |= 1L << i;
            }
        }
        return hash;
    }
}
