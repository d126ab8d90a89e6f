package com.channelstudio.music;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a track longer than one generation is cut into clips, and joined: the arithmetic, without a context. */
class TrackClipsTest {

    private static final TrackOrder FOUR_MINUTES = new TrackOrder(UUID.randomUUID(), 3, "Calm piano", 242.85,
            Path.of("/tmp/03.wav"));

    @Test
    void aTrackIsAskedForInEqualClipsOfAtMostTheLongestGenerationOverlappingByTheCrossfade() {
        TrackClips clips = TrackClips.of("lyria", FOUR_MINUTES, 120, 2);

        assertThat(clips.planned()).isEqualTo(3);
        ClipOrder first = clips.next();
        assertThat(first.askedSeconds()).isCloseTo((242.85 + 4) / 3, within(1e-9));
        assertThat(first.item()).isEqualTo("track 3 of 20, clip 1");
        clips.add(first, first.askedSeconds(), "a");
        clips.add(clips.next(), first.askedSeconds(), "b");
        ClipOrder last = clips.next();
        assertThat(last.continuation()).isTrue();
        clips.add(last, last.askedSeconds(), "c");

        assertThat(clips.needsMore()).isFalse();
        assertThat(clips.joinedSeconds()).isCloseTo(242.85, within(1e-9));
        assertThat(clips.providerIds()).isEqualTo("a+b+c");
        assertThat(ClipJoiner.filters(clips)).contains("acrossfade=d=2.0000:c1=tri:c2=tri", "[j2]anull[track]");
    }

    @Test
    void aClipThatCameBackShortIsMadeUpForByOneMoreAndTheJoinIsCutToTheLengthAsked() {
        TrackClips clips = TrackClips.of("lyria", FOUR_MINUTES, 120, 2);
        for (int clip = 0; clip < 3; clip++) {
            clips.add(clips.next(), 70, "short-" + clip);
        }
        assertThat(clips.needsMore()).as("3 x 70 s joined is 206 s").isTrue();
        ClipOrder fourth = clips.next();
        assertThat(fourth.askedSeconds()).as("what is missing, and the overlap").isCloseTo(242.85 - 206 + 2, within(1e-9));
        clips.add(fourth, 60, "short-3");

        assertThat(clips.needsMore()).isFalse();
        assertThat(ClipJoiner.filters(clips)).contains("atrim=end=242.8500,afade=t=out:st=240.8500:d=2.0000[track]");
    }

    @Test
    void aTrackNoLongerThanOneGenerationIsOneClipWhateverItsLength() {
        TrackClips clips = TrackClips.of("elevenlabs", FOUR_MINUTES, 300, 2);
        ClipOrder only = clips.next();
        assertThat(only.item()).isEqualTo("track 3 of 20");
        assertThat(only.askedSeconds()).isEqualTo(242.85);
        clips.add(only, 200, "song");
        assertThat(clips.needsMore()).as("a short single answer is the track acceptance's to judge").isFalse();
    }
}
