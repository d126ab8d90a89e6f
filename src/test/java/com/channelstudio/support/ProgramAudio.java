package com.channelstudio.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A video's audio decoded as 48 kHz stereo and looked at the way a listener would notice trouble at the joins
 * between tracks: a click (a jump far steeper than the music around it) or a gap (digital silence).
 */
public final class ProgramAudio {

    /** Around a join, ±10 ms is where a click would be; the music of the second before and after is the yardstick. */
    private static final int JOIN_HALF_WIDTH = 480;
    private static final int NEIGHBOURHOOD = 48_000;

    /** What the decoded audio shows around one join. */
    public record Join(long sample, int steepestStepAtJoin, int steepestStepAround, int longestSilence) {}

    private final long samples;
    private final List<Join> joins;

    private ProgramAudio(long samples, List<Join> joins) {
        this.samples = samples;
        this.joins = joins;
    }

    public long samples() {
        return samples;
    }

    public List<Join> joins() {
        return joins;
    }

    /** @param joinSamples where each join sits in the program, in samples (for a crossfade: its middle) */
    public static ProgramAudio of(String ffmpeg, Path video, List<Long> joinSamples) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(ffmpeg, "-nostdin", "-v", "error", "-i", video.toString(), "-map", "0:a:0",
                "-ac", "2", "-ar", "48000", "-f", "s16le", "-").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int[] atJoin = new int[joinSamples.size()];
        int[] around = new int[joinSamples.size()];
        int[] silence = new int[joinSamples.size()];
        int[] silentRun = new int[joinSamples.size()];
        long n = 0;
        int previousLeft = 0;
        int previousRight = 0;
        try (InputStream pcm = new BufferedInputStream(process.getInputStream(), 1 << 16)) {
            byte[] frame = new byte[4];
            while (pcm.readNBytes(frame, 0, 4) == 4) {
                int left = (short) ((frame[1] << 8) | (frame[0] & 0xff));
                int right = (short) ((frame[3] << 8) | (frame[2] & 0xff));
                int step = Math.max(Math.abs(left - previousLeft), Math.abs(right - previousRight));
                for (int j = 0; j < atJoin.length; j++) {
                    long distance = Math.abs(n - joinSamples.get(j));
                    if (distance <= JOIN_HALF_WIDTH) {
                        atJoin[j] = Math.max(atJoin[j], step);
                    } else if (distance <= NEIGHBOURHOOD) {
                        around[j] = Math.max(around[j], step);
                    }
                    if (distance <= 12_000) {
                        silentRun[j] = left == 0 && right == 0 ? silentRun[j] + 1 : 0;
                        silence[j] = Math.max(silence[j], silentRun[j]);
                    }
                }
                previousLeft = left;
                previousRight = right;
                n++;
            }
        }
        process.waitFor();
        List<Join> joins = new ArrayList<>();
        for (int j = 0; j < atJoin.length; j++) {
            joins.add(new Join(joinSamples.get(j), atJoin[j], around[j], silence[j]));
        }
        return new ProgramAudio(n, joins);
    }
}
