package com.channelstudio.media;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** EBU R128 integrated loudness and true peak of a stream, as FFmpeg's {@code ebur128=peak=true} filter reports them. */
public record Loudness(double integratedLufs, double truePeakDbtp) {

    private static final Pattern INTEGRATED = Pattern.compile("I:\\s+(-?[\\d.]+|-inf) LUFS");
    private static final Pattern TRUE_PEAK = Pattern.compile("Peak:\\s+(-?[\\d.]+|-inf) dBFS");

    /** Reads the last summary in FFmpeg's log (per-frame lines before it carry running values, not the result). */
    public static Loudness parse(String ffmpegLog) {
        int summary = ffmpegLog.lastIndexOf("Summary:");
        if (summary < 0) {
            throw new MediaCheckException("FFmpeg's loudness measurement printed no summary");
        }
        String text = ffmpegLog.substring(summary);
        return new Loudness(value(INTEGRATED, "integrated loudness", text), value(TRUE_PEAK, "true peak", text));
    }

    private static double value(Pattern pattern, String name, String summary) {
        Matcher matcher = pattern.matcher(summary);
        if (!matcher.find()) {
            throw new MediaCheckException("FFmpeg's loudness summary has no " + name);
        }
        return matcher.group(1).equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(matcher.group(1));
    }
}
