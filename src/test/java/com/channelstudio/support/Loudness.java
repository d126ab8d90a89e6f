package com.channelstudio.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a loudness meter shows for a file's audio (EBU R128, as YouTube measures it). */
public record Loudness(double integratedLufs, double truePeakDb) {

    public static Loudness of(String ffmpeg, Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(ffmpeg, "-nostdin", "-hide_banner", "-nostats", "-i", file.toString(),
                "-map", "0:a:0", "-af", "ebur128=peak=true:framelog=verbose", "-f", "null", "-"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String report = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return new Loudness(last("I:\\s+(-?[\\d.]+) LUFS", report), last("Peak:\\s+(-?[\\d.]+) dBFS", report));
    }

    private static double last(String pattern, String text) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        String value = null;
        while (matcher.find()) {
            value = matcher.group(1);
        }
        if (value == null) {
            throw new IllegalStateException("no loudness summary in: " + text);
        }
        return Double.parseDouble(value);
    }
}
