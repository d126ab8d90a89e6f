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
    static final double METER_TOLERANCE_DB = 0.1;
    private static final double SILENCE_LUFS = -69;
    private static final double FRAME_SECONDS = 0.1;
    private static final double SPREAD_SECONDS = 0.05;
    /** The meter reads the encoder's raw AAC stream, which starts with the 1024 samples of AAC's priming. */
    private static final double PRIMING_SECONDS = (double) AudioPart.AAC_FRAME / MediaProbe.SAMPLE_RATE;

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
     * Where the studio's meter of the encoded program counts a frame as over the true-peak ceiling: a little under
     * it, for the difference between its interpolator and another 4x meter's (FFmpeg's ebur128 read this and the
     * published files within 0.1 dB).
     */
    static double meterLimitDb(StudioProperties.Render settings) {
        return settings.truePeakCeilingDb() - METER_TOLERANCE_DB;
    }

    /**
     * After an encode: where the encoded program went over the true-peak ceiling (as {@link #meterLimitDb} reads
     * it), each 100 ms frame with how much further the limiter must take it down there (the measured excess and a
     * margin); none when it stayed under. Each part's frames count for the part's own stretch (frames in the second
     * it shares with a neighbour are the neighbour's). After {@link #MAX_CORRECTIVE_ENCODES} the render fails rather
     * than publish audio over the ceiling.
     */
    public List<Overshoot> overshoots(List<MeteredPart> parts, int correctiveEncodes) {
        double limit = meterLimitDb(settings);
        double peak = Double.NEGATIVE_INFINITY;
        List<Overshoot> overshoots = new ArrayList<>();
        for (MeteredPart metered : parts) {
            AudioPart part = metered.part();
            double start = (double) part.firstSample() / MediaProbe.SAMPLE_RATE;
            double keepFrom = (double) part.keepFrom() / MediaProbe.SAMPLE_RATE;
            double keepTo = (double) part.keepTo() / MediaProbe.SAMPLE_RATE;
            float[] framePeaks = metered.framePeaks();
            for (int frame = 0; frame < framePeaks.length; frame++) {
                double end = start + (frame + 1) * FRAME_SECONDS - PRIMING_SECONDS;
                if (end <= keepFrom || end - FRAME_SECONDS >= keepTo) {
                    continue;
                }
                double framePeak = 20 * Math.log10(framePeaks[frame]);
                peak = Math.max(peak, framePeak);
                if (framePeak > limit) {
                    // The frame's 100 ms, and the AAC frames either side whose noise spreads into it.
                    overshoots.add(new Overshoot(Math.max(0, end - FRAME_SECONDS - SPREAD_SECONDS), end + SPREAD_SECONDS,
                            framePeak - limit + CORRECTION_MARGIN_DB));
                }
            }
        }
        if (peak <= limit) {
            return List.of();
        }
        if (correctiveEncodes >= MAX_CORRECTIVE_ENCODES) {
            throw new AssetFailure("program audio", String.format(Locale.ROOT, "its true peak stays at %.1f dBTP, over the "
                    + "%.1f dBTP ceiling, after %d corrective encodes", peak, settings.truePeakCeilingDb(), correctiveEncodes),
                    "Raise studio.render.encode-headroom-db or check the tracks, then retry");
        }
        log.info("Encoded true peak {} dBTP is over the {} dBTP ceiling in {} moments: encoding again with the limiter "
                + "lower there", decibels(peak), decibels(limit), overshoots.size());
        return overshoots;
    }

    private Loudness measurement(Map<String, Object> track) {
        if (track.get("loudness_lufs") instanceof BigDecimal loudness && track.get("true_peak_dbtp") instanceof BigDecimal peak) {
            return new Loudness(loudness.doubleValue(), peak.doubleValue());
        }
        return probe.measureAudio(folders.file((String) track.get("local_file_path"))).loudness();
    }

    private static String decibels(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
