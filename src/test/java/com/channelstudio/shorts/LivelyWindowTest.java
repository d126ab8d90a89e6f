package com.channelstudio.shorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Short plays the liveliest stretch of its track, away from the track's fades, from tracks spread over the video. */
class LivelyWindowTest {

    @Test
    void theLoudestStretchAwayFromTheFadesIsChosen() {
        // a quiet track with a loud chorus from 60 s to 95 s, and a louder burst in the last 2 s (its fade's margin)
        List<LivelyWindow.Reading> readings = new ArrayList<>();
        for (double t = 0.1; t <= 120; t += 0.1) {
            readings.add(new LivelyWindow.Reading(t, t > 118 ? -5 : t >= 63 && t <= 95 ? -12 : -24));
        }

        LivelyWindow window = LivelyWindow.of(readings, 120, 30).orElseThrow();

        assertThat(window.durationSeconds()).isEqualTo(30);
        assertThat(window.startSeconds()).isBetween(60.0, 65.0);
    }

    @Test
    void aShortTrackGivesAShorterShortOrNone() {
        assertThat(LivelyWindow.of(List.of(), 25, 30)).get().extracting(LivelyWindow::durationSeconds).isEqualTo(19.0);
        assertThat(LivelyWindow.of(List.of(), 20.9, 30)).isEmpty();
        assertThat(LivelyWindow.of(List.of(), 21, 30)).get().extracting(LivelyWindow::startSeconds).isEqualTo(3.0);
    }

    @Test
    void ffmpegsMeterLogIsRead() {
        String log = "[Parsed_ebur128_0 @ 0x1] t: 3.79998    TARGET:-23 LUFS    M: -13.7 S: -14.3     I: -14.6 LUFS       LRA:   1.5 LU\n"
                + "[Parsed_ebur128_0 @ 0x1] t: 0.1       TARGET:-23 LUFS    M:-120.7 S:-inf     I: -70.0 LUFS       LRA:   0.0 LU\n";
        assertThat(LivelyWindow.readings(log)).containsExactly(new LivelyWindow.Reading(3.79998, -14.3),
                new LivelyWindow.Reading(0.1, -120));
    }

    @Test
    void theShortsComeFromDifferentTracksSpreadOverTheVideo() {
        List<ShortTracks.Track> tracks = new ArrayList<>();
        for (int order = 1; order <= 20; order++) {
            tracks.add(new ShortTracks.Track(order, order == 4 ? 10 : 180));
        }
        // track 4 (10 s) has no room for a Short; of the 19 others, one from each third of the tracklist
        assertThat(ShortTracks.chosen(tracks, 3)).extracting(ShortTracks.Track::orderIndex).containsExactly(5, 11, 17);
        assertThat(ShortTracks.chosen(tracks.subList(2, 4), 3)).as("fewer tracks with room than Shorts asked for")
                .extracting(ShortTracks.Track::orderIndex).containsExactly(3);
    }
}
