package com.channelstudio.timeline;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.look.Visualizer;
import com.channelstudio.media.MediaProbe;
import com.channelstudio.planning.PromptPlan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Builds a job's {@link TrackTimeline} from its {@code audio_tracks} rows and the render settings. */
@Component("timelineFactory")
public class TimelineFactory {

    private final StudioProperties.Render settings;
    private final double timeScale;

    public TimelineFactory(StudioProperties properties) {
        this.settings = properties.render();
        this.timeScale = properties.testing().mediaTimeScale();
    }

    /**
     * How long to ask a provider to make a track planned at {@code plannedMinutes}: crossfades overlap
     * neighbouring tracks, so each track is lengthened by its share of the overlaps and the video still lasts
     * the planned total.
     */
    public double requestedSeconds(double plannedMinutes) {
        double overlapShare = crossfadeSeconds() * (PromptPlan.TRACKS - 1) / PromptPlan.TRACKS;
        return plannedMinutes * 60 * timeScale + overlapShare;
    }

    private double crossfadeSeconds() {
        return settings.crossfadeSeconds() * timeScale;
    }

    /**
     * @param tracks rows with {@code order_index} and {@code duration_seconds}, ordered by {@code order_index}
     * @param visualizer the video's, which sets its frame rate and so places its cuts
     */
    public TrackTimeline of(List<Map<String, Object>> tracks, Visualizer visualizer) {
        List<Integer> order = tracks.stream().map(row -> ((Number) row.get("order_index")).intValue()).toList();
        List<Long> samples = tracks.stream()
                .map(row -> ((BigDecimal) row.get("duration_seconds")).multiply(BigDecimal.valueOf(MediaProbe.SAMPLE_RATE)).longValue())
                .toList();
        return TrackTimeline.of(order, samples, MediaProbe.SAMPLE_RATE, settings.fps(visualizer), crossfadeSeconds());
    }
}
