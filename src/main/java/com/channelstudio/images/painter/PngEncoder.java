package com.channelstudio.images.painter;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes 8-bit RGB PNG with the "Up" filter and fast deflate: several times quicker than ImageIO on a full-HD
 * painting, and the same pixels always give the same bytes.
 */
final class PngEncoder {

    private PngEncoder() {}

    static void write(int[] argb, int width, int height, Path file) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(width * height);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            byte[] row = new byte[1 + width * 3];
            row[0] = 2;
            for (int y = 0; y < height; y++) {
                int base = y * width;
                for (int x = 0, k = 1; x < width; x++, k += 3) {
                    int p = argb[base + x];
                    int above = y == 0 ? 0 : argb[base - width + x];
                    row[k] = (byte) ((p >> 16) - (above >> 16));
                    row[k + 1] = (byte) ((p >> 8) - (above >> 8));
                    row[k + 2] = (byte) (p - above);
                }
                z.write(row);
            }
        } finally {
            deflater.end();
        }
        try (OutputStream file0 = Files.newOutputStream(file);
                DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(file0, 1 << 16))) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.writeByte(8);
            h.writeByte(2);
            h.writeByte(0);
            h.writeByte(0);
            h.writeByte(0);
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", compressed.toByteArray());
            chunk(out, "IEND", new byte[0]);
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
