package com.channelstudio.shorts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretch of a track a Short plays: the one with the highest short-term loudness (EBU R128's 3-second loudness,
 * as FFmpeg's {@code ebur128} filter logs it every 100 ms), at least {@value #FADE_MARGIN_SECONDS} s from the track's
 * start and end, where its own fades are.
 */
record LivelyWindow(double startSeconds, double durationSeconds) {

    /** A Short is never shorter than this: a track without room for one gives none. */
    static final double MIN_SECONDS = 15;
    static final double FADE_MARGIN_SECONDS = 3;
    /** Short-term loudness looks 3 s back: the value at t describes the 3 s before it. */
    private static final double SHORT_TERM_SECONDS = 3;
    private static final Pattern FRAME = Pattern.compile("t:\\s*([\\d.]+)\\s+TARGET:.*?S:\\s*(-?[\\d.]+|-inf)");

    /** One reading of the meter: the time it was taken and the short-term loudness of the 3 s before it. */
    record Reading(double seconds, double shortTermLufs) {}

    static List<Reading> readings(String ebur128Log) {
        List<Reading> readings = new ArrayList<>();
        Matcher frame = FRAME.matcher(ebur128Log);
        while (frame.find()) {
            double lufs = frame.group(2).equals("-inf") ? -120 : Double.parseDouble(frame.group(2));
            readings.add(new Reading(Double.parseDouble(frame.group(1)), lufs));
        }
        return readings;
    }

    /**
     * The liveliest {@code wantedSeconds} of a track of {@code trackSeconds}, shorter (down to {@value #MIN_SECONDS} s)
     * when the track has no room for them away from its fades, or none.
     */
    static Optional<LivelyWindow> of(List<Reading> readings, double trackSeconds, double wantedSeconds) {
        double room = trackSeconds - 2 * FADE_MARGIN_SECONDS;
        double length = Math.min(wantedSeconds, room);
        if (length < MIN_SECONDS) {
            return Optional.empty();
        }
        double latestStart = trackSeconds - FADE_MARGIN_SECONDS - length;
        double bestStart = FADE_MARGIN_SECONDS;
        double bestEnergy = -1;
        // Starts every 100 ms; each scored by the mean power of the readings that lie wholly inside the window.
        for (double start = FADE_MARGIN_SECONDS; start <= latestStart + 1e-9; start += 0.1) {
            double energy = 0;
            int count = 0;
            for (Reading reading : readings) {
                if (reading.seconds() >= start + SHORT_TERM_SECONDS && reading.seconds() <= start + length) {
                    energy += Math.pow(10, reading.shortTermLufs() / 10);
                    count++;
                }
            }
            double mean = count == 0 ? 0 : energy / count;
            if (mean > bestEnergy) {
                bestEnergy = mean;
                bestStart = start;
            }
        }
        return Optional.of(new LivelyWindow(Math.round(bestStart * 10) / 10.0, length));
    }
}
