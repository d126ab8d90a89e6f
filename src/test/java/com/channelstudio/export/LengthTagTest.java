package com.channelstudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.timeline.TrackTimeline;
import java.util.Collections;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The tag saying how long a video is follows the video, not a fixed "1 hour". */
class LengthTagTest {

    @Test
    void anHourLongVideoIsTaggedOneHourAndANinetyMinuteOneNinetyMinutes() {
        assertThat(ExportPackageWriter.lengthTag(twentyTracksLasting(60))).isEqualTo("1 hour");
        assertThat(ExportPackageWriter.lengthTag(twentyTracksLasting(90))).isEqualTo("90 minutes");
        assertThat(ExportPackageWriter.lengthTag(twentyTracksLasting(75))).isEqualTo("75 minutes");
    }

    /** Twenty equal tracks joined with a 3 s crossfade, adding up to these minutes. */
    private static TrackTimeline twentyTracksLasting(int minutes) {
        long total = minutes * 60L * 48_000;
        long crossfade = 3 * 48_000;
        long each = (total + crossfade * 19) / 20;
        return TrackTimeline.of(IntStream.rangeClosed(1, 20).boxed().toList(), Collections.nCopies(20, each), 48_000, 30, 3);
    }
}
