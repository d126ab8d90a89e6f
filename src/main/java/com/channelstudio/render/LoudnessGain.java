package com.channelstudio.render;

import com.channelstudio.jobs.JobFolders;
import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.media.Loudness;
import com.channelstudio.media.MediaProbe;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The gain that brings a job's program to the loudness target, from what was measured of its tracks (measure
 * first, then apply: no one-pass guess); the program's true peak is then held under the ceiling by the studio's
 * limiter ({@link ProgramAudioEncoder}), not by turning the whole program down.
 *
 * <p>The program's integrated loudness is the power mean of its tracks' loudness, weighted by their length; its
 * true peak is the highest of theirs, since a crossfade mixes two tracks with weights that add up to one and the
 * fades only lower the level.
 */
@Component("loudnessGain")
public class LoudnessGain {

    private static final Logger log = LoggerFactory.getLogger(LoudnessGain.class);

    /** A corrective encode limits this much further than the measured excess: AAC's overshoot is not exactly the same twice. */
    static final double CORRECTION_MARGIN_DB = 0.5;
    static final int MAX_CORRECTIVE_ENCODES = 3;
    private static final double SILENCE_LUFS = -69;
    private static final double FRAME_SECONDS = 0.1;
    private static final double SPREAD_SECONDS = 0.05;
    /** The meter reads the encoder's raw AAC stream, which starts with the 1024 samples of AAC's priming. */
    private static final double PRIMING_SECONDS = 1024.0 / 48_000;
    /** ebur128's verbose frame log: the frame's end time, and the true peak of each channel within it. */
    private static final Pattern FRAME_TRUE_PEAK = Pattern.compile("t:\\s*([\\d.]+).*?FTPK:\\s*(-?[\\d.]+|-inf)\\s+(-?[\\d.]+|-inf)");

    private final StudioProperties.Render settings;
    private final MediaProbe probe;
    private final JobFolders folders;

    public LoudnessGain(StudioProperties properties, MediaProbe probe, JobFolders folders) {
        this.folders = folders;
        this.settings = properties.render();
        this.probe = probe;
    }

    /**
     * @param tracks {@code audio_tracks} rows; a row without a measurement (recorded before tracks were measured
     *               on arrival) has its file measured now
     */
    public double programGainDb(List<Map<String, Object>> tracks) {
        double energy = 0;
        double seconds = 0;
        double peak = Double.NEGATIVE_INFINITY;
        for (Map<String, Object> track : tracks) {
            Loudness measured = measurement(track);
            double length = ((BigDecimal) track.get("duration_seconds")).doubleValue();
            energy += length * Math.pow(10, measured.integratedLufs() / 10);
            seconds += length;
            peak = Math.max(peak, measured.truePeakDbtp());
        }
        double integrated = 10 * Math.log10(energy / seconds);
        if (!(integrated > SILENCE_LUFS)) {
            return 0;
        }
        double gain = settings.loudnessTargetLufs() - integrated;
        double limiterCeiling = settings.limiterCeilingDb();
        log.info("Program loudness {} LUFS, true peak {} dBTP (from its {} tracks): applying {} dB; {}",
                decibels(integrated), decibels(peak), tracks.size(), decibels(gain), peak + gain > limiterCeiling
                        ? "the limiter takes its peaks from " + decibels(peak + gain) + " to " + decibels(limiterCeiling) + " dBTP"
                        : "its peaks stay under the limiter's " + decibels(limiterCeiling) + " dBTP");
        return gain;
    }

    /**
     * After an encode: where the encoded program went over the true-peak ceiling, each 100 ms frame with how much
     * further the limiter must take it down there (the measured excess and a margin); none when it stayed under.
     * After {@link #MAX_CORRECTIVE_ENCODES} the render fails rather than publish audio over the ceiling.
     *
     * @param encodedLog what the meter of the encoded program printed
     */
    public List<Overshoot> overshoots(String encodedLog, int correctiveEncodes) {
        double ceiling = settings.truePeakCeilingDb();
        double peak = Loudness.parse(encodedLog).truePeakDbtp();
        if (peak <= ceiling) {
            return List.of();
        }
        if (correctiveEncodes >= MAX_CORRECTIVE_ENCODES) {
            throw new AssetFailure("program audio", String.format(Locale.ROOT, "its true peak stays at %.1f dBTP, over the "
                    + "%.1f dBTP ceiling, after %d corrective encodes", peak, ceiling, correctiveEncodes),
                    "Raise studio.render.encode-headroom-db or check the tracks, then retry");
        }
        List<Overshoot> overshoots = new ArrayList<>();
        Matcher frame = FRAME_TRUE_PEAK.matcher(encodedLog);
        while (frame.find()) {
            double framePeak = Math.max(decibels(frame.group(2)), decibels(frame.group(3)));
            if (framePeak > ceiling) {
                double end = Double.parseDouble(frame.group(1)) - PRIMING_SECONDS;
                // The frame's 100 ms, and the AAC frames either side whose noise spreads into it.
                overshoots.add(new Overshoot(Math.max(0, end - FRAME_SECONDS - SPREAD_SECONDS), end + SPREAD_SECONDS,
                        framePeak - ceiling + CORRECTION_MARGIN_DB));
            }
        }
        if (overshoots.isEmpty()) {
            overshoots.add(new Overshoot(0, Double.MAX_VALUE, peak - ceiling + CORRECTION_MARGIN_DB));
        }
        log.info("Encoded true peak {} dBTP is over the {} dBTP ceiling in {} moments: encoding again with the limiter "
                + "lower there", decibels(peak), decibels(ceiling), overshoots.size());
        return overshoots;
    }

    private Loudness measurement(Map<String, Object> track) {
        if (track.get("loudness_lufs") instanceof BigDecimal loudness && track.get("true_peak_dbtp") instanceof BigDecimal peak) {
            return new Loudness(loudness.doubleValue(), peak.doubleValue());
        }
        return probe.measureAudio(folders.file((String) track.get("local_file_path"))).loudness();
    }

    private static double decibels(String text) {
        return text.equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(text);
    }

    private static String decibels(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
