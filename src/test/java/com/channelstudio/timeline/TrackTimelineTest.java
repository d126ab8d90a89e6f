package com.channelstudio.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One timeline decides cuts, overlaps and chapters; these are the numbers a viewer would check. */
class TrackTimelineTest {

    private static final int RATE = 48_000;
    private static final List<Integer> ORDER = IntStream.rangeClosed(1, 20).boxed().toList();

    @Test
    void gaplessTracksCutExactlyAtEachTrackStartRoundedToAFrame() {
        List<Long> lengths = IntStream.rangeClosed(1, 20).mapToObj(i -> 180L * RATE + i * 1001L).toList();
        TrackTimeline timeline = TrackTimeline.of(ORDER, lengths, RATE, 30, 0);

        long start = 0;
        for (int i = 0; i < 20; i++) {
            TrackTimeline.Segment segment = timeline.segments().get(i);
            assertThat(segment.startSample()).isEqualTo(start);
            assertThat(segment.firstFrame()).isEqualTo(Math.round(start * 30.0 / RATE));
            start += lengths.get(i);
        }
        assertThat(timeline.totalSamples()).isEqualTo(start);
        assertThat(timeline.totalFrames()).isEqualTo(Math.round(start * 30.0 / RATE));
        assertThat(timeline.segments().stream().mapToLong(TrackTimeline.Segment::frames).sum()).isEqualTo(timeline.totalFrames());
    }

    @Test
    void crossfadedTracksOverlapAndTheCutLandsInTheMiddleOfEachOverlap() {
        List<Long> lengths = Collections.nCopies(20, 183L * RATE);
        TrackTimeline timeline = TrackTimeline.of(ORDER, lengths, RATE, 30, 3.0);

        assertThat(timeline.totalSeconds()).isEqualTo(20 * 183 - 19 * 3);
        TrackTimeline.Segment second = timeline.segments().get(1);
        assertThat(second.startSample()).isEqualTo(180L * RATE);
        assertThat(second.cutSeconds(30)).isEqualTo(181.5);
        assertThat(timeline.chapterStamp(timeline.segments().get(0))).isEqualTo("00:00");
        assertThat(timeline.chapterStamp(second)).isEqualTo("03:01");
        assertThat(timeline.chapterStamp(timeline.segments().get(19))).isEqualTo("57:01");
    }

    @Test
    void chaptersPastTheHourShowHours() {
        List<Long> lengths = Collections.nCopies(20, 270L * RATE);
        TrackTimeline timeline = TrackTimeline.of(ORDER, lengths, RATE, 30, 0);
        assertThat(timeline.chapterStamp(timeline.segments().get(13))).isEqualTo("58:30");
        assertThat(timeline.chapterStamp(timeline.segments().get(14))).isEqualTo("1:03:00");
    }

    @Test
    void aCrossfadeLongerThanHalfTheShortestTrackIsShortenedToFit() {
        List<Long> lengths = Collections.nCopies(20, 2L * RATE);
        TrackTimeline timeline = TrackTimeline.of(ORDER, lengths, RATE, 30, 5.0);
        assertThat(timeline.crossfadeSamples()).isEqualTo(RATE);
        assertThat(timeline.segments()).allSatisfy(segment -> assertThat(segment.frames()).isPositive());
    }
}
