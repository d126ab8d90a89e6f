package com.channelstudio.shorts;

import java.util.ArrayList;
import java.util.List;

/**
 * Which tracks of a video its Shorts are cut from: a different one for each, spread over the tracklist (the first
 * Short from its first part, the last from its last), among the tracks long enough for a Short away from their fades.
 */
final class ShortTracks {

    private ShortTracks() {}

    /** A track of the video: its order index and its length. */
    record Track(int orderIndex, double seconds) {

        boolean roomForAShort() {
            return seconds - 2 * LivelyWindow.FADE_MARGIN_SECONDS >= LivelyWindow.MIN_SECONDS;
        }
    }

    static List<Track> chosen(List<Track> tracks, int count) {
        List<Track> candidates = tracks.stream().filter(Track::roomForAShort).toList();
        int shorts = Math.min(count, candidates.size());
        List<Track> chosen = new ArrayList<>();
        for (int i = 0; i < shorts; i++) {
            chosen.add(candidates.get((int) ((i + 0.5) * candidates.size() / shorts)));
        }
        return chosen;
    }
}
