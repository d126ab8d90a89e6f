package com.channelstudio.distinct;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HexFormat;

/**
 * A 256-bit difference hash (dHash) of a picture, as 64 hex digits: its brightness on a 17×16 grid of averaged
 * cells, one bit per pair of neighbouring cells (is the left one brighter?). Copies, re-encodes, resizes and slight
 * recolourings of a picture differ from it in a few bits; different pictures in about half of them. (The common
 * 64-bit size put two different built-in backgrounds of one niche 5 bits apart: too close to tell from a copy.)
 */
public final class PerceptualHash {

    public static final int BITS = 256;
    private static final int COLUMNS = 17;
    private static final int ROWS = 16;

    private PerceptualHash() {}

    public static String of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        double[][] sums = new double[ROWS][COLUMNS];
        int[][] counts = new int[ROWS][COLUMNS];
        int[] line = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, line, 0, width);
            int row = y * ROWS / height;
            for (int x = 0; x < width; x++) {
                int rgb = line[x];
                int column = x * COLUMNS / width;
                sums[row][column] += 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
                counts[row][column]++;
            }
        }
        BitSet bits = new BitSet(BITS);
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS - 1; column++) {
                double left = sums[row][column] / counts[row][column];
                double right = sums[row][column + 1] / counts[row][column + 1];
                bits.set(row * (COLUMNS - 1) + column, left > right);
            }
        }
        return HexFormat.of().formatHex(Arrays.copyOf(bits.toByteArray(), BITS / 8));
    }

    /** How many of the 256 bits differ (the Hamming distance): 0 for a copy. */
    public static int distance(String a, String b) {
        BitSet difference = BitSet.valueOf(HexFormat.of().parseHex(a));
        difference.xor(BitSet.valueOf(HexFormat.of().parseHex(b)));
        return difference.cardinality();
    }
}
