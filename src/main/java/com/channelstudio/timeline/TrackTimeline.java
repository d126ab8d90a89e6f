package com.channelstudio.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one source of truth for where things sit in the final video: where each track starts in the program
 * audio, where each image cut falls (on the track boundary, or the middle of a crossfade, on a whole frame), and
 * therefore the chapter timestamps. The FFmpeg commands, the export description and the tests all read it.
 */
public record TrackTimeline(int sampleRate, int fps, long crossfadeSamples, List<Segment> segments) {

    /** One track and the image shown while it plays. */
    public record Segment(int orderIndex, long trackSamples, long startSample, long firstFrame, long frames) {

        public double cutSeconds(int fps) {
            return (double) firstFrame / fps;
        }
    }

    /**
     * @param trackSamples each track's length in samples, in play order
     * @param crossfadeSeconds overlap of neighbouring tracks; 0 joins them gapless
     */
    public static TrackTimeline of(List<Integer> orderIndexes, List<Long> trackSamples, int sampleRate, int fps,
            double crossfadeSeconds) {
        long shortest = trackSamples.stream().mapToLong(Long::longValue).min().orElseThrow();
        long crossfade = Math.min(Math.round(crossfadeSeconds * sampleRate), shortest / 2);
        long total = trackSamples.stream().mapToLong(Long::longValue).sum() - crossfade * (trackSamples.size() - 1);
        long totalFrames = Math.round((double) total * fps / sampleRate);
        List<Segment> segments = new ArrayList<>();
        long start = 0;
        long[] cuts = new long[trackSamples.size() + 1];
        long[] starts = new long[trackSamples.size()];
        for (int i = 0; i < trackSamples.size(); i++) {
            starts[i] = start;
            long cutSample = i == 0 ? 0 : start + crossfade / 2;
            cuts[i] = Math.round((double) cutSample * fps / sampleRate);
            start += trackSamples.get(i) - crossfade;
        }
        cuts[trackSamples.size()] = totalFrames;
        for (int i = 0; i < trackSamples.size(); i++) {
            segments.add(new Segment(orderIndexes.get(i), trackSamples.get(i), starts[i], cuts[i], cuts[i + 1] - cuts[i]));
        }
        return new TrackTimeline(sampleRate, fps, crossfade, List.copyOf(segments));
    }

    public long totalSamples() {
        Segment last = segments.get(segments.size() - 1);
        return last.startSample() + last.trackSamples();
    }

    public long totalFrames() {
        Segment last = segments.get(segments.size() - 1);
        return last.firstFrame() + last.frames();
    }

    public double totalSeconds() {
        return (double) totalSamples() / sampleRate;
    }

    /** YouTube chapter stamp of a segment: {@code mm:ss} in the first hour (so the first is 00:00), then {@code h:mm:ss}. */
    public String chapterStamp(Segment segment) {
        long seconds = (long) Math.floor(segment.cutSeconds(fps));
        return seconds < 3600
                ? String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
