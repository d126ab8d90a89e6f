package com.channelstudio.render;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.media.Loudness;
import com.channelstudio.media.MediaProbe;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The gain that brings a job's program to the loudness target, from what was measured of its tracks (measure
 * first, then apply: no one-pass guess), unless that would push the true peak closer to the ceiling than the
 * encode headroom allows: then the ceiling wins and the program stays quieter than the target.
 *
 * <p>The program's integrated loudness is the power mean of its tracks' loudness, weighted by their length; its
 * true peak is the highest of theirs, since a crossfade mixes two tracks with weights that add up to one and the
 * fades only lower the level. (FFmpeg 4.4's alimiter cannot keep a true-peak ceiling: its output overshoots by up
 * to 3 dB between samples.)
 */
@Component("loudnessGain")
public class LoudnessGain {

    private static final Logger log = LoggerFactory.getLogger(LoudnessGain.class);

    /** The corrective encode aims this far under the ceiling: AAC's overshoot is not exactly the same twice. */
    static final double CORRECTION_MARGIN_DB = 0.5;
    static final int MAX_CORRECTIVE_ENCODES = 3;
    private static final double SILENCE_LUFS = -69;

    private final StudioProperties.Render settings;
    private final MediaProbe probe;

    public LoudnessGain(StudioProperties properties, MediaProbe probe) {
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
        double gain = Math.min(settings.loudnessTargetLufs() - integrated, settings.truePeakCeilingDb() - settings.encodeHeadroomDb() - peak);
        log.info("Program loudness {} LUFS, true peak {} dBTP (from its {} tracks): applying {} dB",
                decibels(integrated), decibels(peak), tracks.size(), decibels(gain));
        return gain;
    }

    /**
     * After an encode: the gain to use instead if the encoded program's true peak went over the ceiling, or the
     * same gain when it did not. Near full scale AAC does not scale with the gain, so one correction may not land;
     * after {@link #MAX_CORRECTIVE_ENCODES} the render fails rather than publish audio over the ceiling.
     */
    public double checkedGainDb(double gainDb, String encodedSummary, int correctiveEncodes) {
        double peak = Loudness.parse(encodedSummary).truePeakDbtp();
        if (peak <= settings.truePeakCeilingDb()) {
            return gainDb;
        }
        if (correctiveEncodes >= MAX_CORRECTIVE_ENCODES) {
            throw new AssetFailure("program audio", String.format(Locale.ROOT, "its true peak stays at %.1f dBTP, over the "
                    + "%.1f dBTP ceiling, after %d quieter encodes", peak, settings.truePeakCeilingDb(), correctiveEncodes),
                    "Raise studio.render.encode-headroom-db or check the tracks' recorded loudness, then retry");
        }
        double corrected = gainDb - (peak - settings.truePeakCeilingDb()) - CORRECTION_MARGIN_DB;
        log.info("Encoded true peak {} dBTP is over the ceiling: encoding again at {} dB", peak, decibels(corrected));
        return corrected;
    }

    private Loudness measurement(Map<String, Object> track) {
        if (track.get("loudness_lufs") instanceof BigDecimal loudness && track.get("true_peak_dbtp") instanceof BigDecimal peak) {
            return new Loudness(loudness.doubleValue(), peak.doubleValue());
        }
        return probe.measureAudio(Path.of((String) track.get("local_file_path"))).loudness();
    }

    private static String decibels(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
