package com.channelstudio.music.synth;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Streams 16-bit stereo PCM to a WAV file whose length is known up front, so memory stays flat. */
final class WavWriter implements AutoCloseable {

    private final OutputStream out;
    private final byte[] bytes;

    WavWriter(Path file, int sampleRate, long frames, int blockFrames) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        this.bytes = new byte[blockFrames * 4];
        long dataBytes = frames * 4;
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt((int) (36 + dataBytes)).put("WAVE".getBytes())
                .put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2)
                .putInt(sampleRate).putInt(sampleRate * 4).putShort((short) 4).putShort((short) 16)
                .put("data".getBytes()).putInt((int) dataBytes);
        out.write(header.array());
    }

    /** Writes {@code count} frames starting at index {@code from}; samples must already lie inside (-1, 1). */
    void write(float[] left, float[] right, int from, int count) throws IOException {
        byte[] b = bytes;
        for (int i = from, k = 0; i < from + count; i++, k += 4) {
            int l = Math.round(left[i] * 32767f);
            int r = Math.round(right[i] * 32767f);
            b[k] = (byte) l;
            b[k + 1] = (byte) (l >> 8);
            b[k + 2] = (byte) r;
            b[k + 3] = (byte) (r >> 8);
        }
        out.write(b, 0, count * 4);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
