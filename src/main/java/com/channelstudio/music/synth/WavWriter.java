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
    private final ByteBuffer block = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

    WavWriter(Path file, int sampleRate, long frames) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        long dataBytes = frames * 4;
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt((int) (36 + dataBytes)).put("WAVE".getBytes())
                .put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2)
                .putInt(sampleRate).putInt(sampleRate * 4).putShort((short) 4).putShort((short) 16)
                .put("data".getBytes()).putInt((int) dataBytes);
        out.write(header.array());
    }

    void write(float left, float right) throws IOException {
        if (block.remaining() < 4) {
            flushBlock();
        }
        block.putShort(toPcm(left)).putShort(toPcm(right));
    }

    private static short toPcm(float sample) {
        float clamped = Math.max(-1f, Math.min(1f, sample));
        return (short) Math.round(clamped * 32767f);
    }

    private void flushBlock() throws IOException {
        out.write(block.array(), 0, block.position());
        block.clear();
    }

    @Override
    public void close() throws IOException {
        flushBlock();
        out.close();
    }
}
