package com.channelstudio.render;

import com.channelstudio.config.StudioProperties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns FFmpeg's EBU R128 measurement of the program into the gain that brings it to the loudness target
 * (measure first, then apply: no one-pass guess), unless that would push the true peak over the ceiling: then the
 * ceiling wins and the program stays quieter than the target. (FFmpeg 4.4's alimiter was tried after the gain: it
 * holds sample peaks but its output overshoots them by up to 3 dB between samples, so it cannot keep a true-peak
 * ceiling.)
 */
@Component("loudnessGain")
public class LoudnessGain {

    private static final Logger log = LoggerFactory.getLogger(LoudnessGain.class);
    private static final Pattern INTEGRATED = Pattern.compile("I:\\s+(-?[\\d.]+|-inf) LUFS");
    private static final Pattern TRUE_PEAK = Pattern.compile("Peak:\\s+(-?[\\d.]+|-inf) dBFS");

    /** Encoding to AAC raises true peaks; measured 0 to 1.6 dB on the built-in music, so the encode is checked. */
    static final double AAC_OVERSHOOT_DB = 0.5;
    static final double CORRECTION_MARGIN_DB = 0.2;

    private final StudioProperties.Render settings;

    public LoudnessGain(StudioProperties properties) {
        this.settings = properties.render();
    }

    public double gainDb(String ebur128Summary) {
        double integrated = last(INTEGRATED, ebur128Summary);
        double peak = last(TRUE_PEAK, ebur128Summary);
        if (Double.isInfinite(integrated) || integrated < -69) {
            return 0;
        }
        double gain = Math.min(settings.loudnessTargetLufs() - integrated,
                settings.truePeakCeilingDb() - AAC_OVERSHOOT_DB - peak);
        log.info("Program loudness {} LUFS, true peak {} dBTP: applying {} dB", integrated, peak, String.format("%.2f", gain));
        return gain;
    }

    /**
     * After encoding: the gain to use instead if the encoded program's true peak went over the ceiling, or the
     * same gain when it did not.
     */
    public double checkedGainDb(double gainDb, String encodedSummary) {
        double peak = last(TRUE_PEAK, encodedSummary);
        if (peak <= settings.truePeakCeilingDb()) {
            return gainDb;
        }
        double corrected = gainDb - (peak - settings.truePeakCeilingDb()) - CORRECTION_MARGIN_DB;
        log.info("Encoded true peak {} dBTP is over the ceiling: encoding again at {} dB", peak, String.format("%.2f", corrected));
        return corrected;
    }

    private static double last(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        String value = null;
        while (matcher.find()) {
            value = matcher.group(1);
        }
        if (value == null) {
            throw new IllegalStateException("FFmpeg's loudness measurement printed no summary");
        }
        return value.equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(value);
    }
}
