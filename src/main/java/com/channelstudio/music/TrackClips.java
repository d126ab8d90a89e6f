package com.channelstudio.music;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The clips one track is made of: as many as its length needs at the provider's longest clip, overlapping by the
 * crossfade that joins them; a clip that came back shorter than asked is made up for by one more, up to twice the
 * planned number. Kept on the exchange while the track is made.
 */
public final class TrackClips {

    static final int MAX_ID_LENGTH = 255;

    private final String provider;
    private final TrackOrder track;
    private final double maxSeconds;
    private final double crossfadeSeconds;
    private final int planned;
    private final List<Clip> made = new ArrayList<>();

    /** A clip made: its order, its measured length, and what the provider calls it. */
    public record Clip(ClipOrder order, double seconds, String providerId) {}

    private TrackClips(String provider, TrackOrder track, double maxSeconds, double crossfadeSeconds) {
        this.provider = provider;
        this.track = track;
        this.maxSeconds = maxSeconds;
        // a crossfade as long as the clips would join nothing
        this.crossfadeSeconds = Math.min(crossfadeSeconds, maxSeconds / 4);
        this.planned = count(track.durationSeconds(), maxSeconds, this.crossfadeSeconds);
    }

    /** @param provider the name of the provider that makes the clips */
    public static TrackClips of(String provider, TrackOrder track, double maxSeconds, double crossfadeSeconds) {
        return new TrackClips(provider, track, maxSeconds, crossfadeSeconds);
    }

    /** How many clips of at most {@code maxSeconds}, overlapping by {@code crossfadeSeconds}, make {@code seconds}. */
    public static int count(double seconds, double maxSeconds, double crossfadeSeconds) {
        return seconds <= maxSeconds ? 1 : (int) Math.ceil((seconds - crossfadeSeconds) / (maxSeconds - crossfadeSeconds));
    }

    public String provider() {
        return provider;
    }

    public TrackOrder track() {
        return track;
    }

    /** How many clips the track is planned to be made of. */
    public int planned() {
        return planned;
    }

    /** The seconds asked for in all, over the planned clips (their overlaps counted in each). */
    public double plannedSeconds() {
        return planned * share();
    }

    private double share() {
        return (track.durationSeconds() + (planned - 1) * crossfadeSeconds) / planned;
    }

    public boolean needsMore() {
        return made.isEmpty() || (planned > 1 && joinedSeconds() < track.durationSeconds() && made.size() < 2 * planned);
    }

    /** The next clip to ask for: an equal share of the track, or what is still missing if that is less. */
    public ClipOrder next() {
        double missing = track.durationSeconds() - joinedSeconds() + crossfadeSeconds;
        double seconds = made.isEmpty() ? share() : Math.min(share(), Math.max(missing, 2 * crossfadeSeconds));
        return new ClipOrder(track, made.size() + 1, planned, Math.min(maxSeconds, seconds));
    }

    void add(ClipOrder order, double seconds, String providerId) {
        made.add(new Clip(order, seconds, providerId));
    }

    public List<Clip> made() {
        return List.copyOf(made);
    }

    /** The overlap of clip i and i + 1: the crossfade, or less where a clip is too short for it. */
    double overlap(int i) {
        return Math.min(crossfadeSeconds, Math.min(made.get(i).seconds(), made.get(i + 1).seconds()) / 2);
    }

    /** How long the clips made so far last once joined. */
    public double joinedSeconds() {
        double seconds = made.stream().mapToDouble(Clip::seconds).sum();
        for (int i = 0; i + 1 < made.size(); i++) {
            seconds -= overlap(i);
        }
        return seconds;
    }

    double crossfadeSeconds() {
        return crossfadeSeconds;
    }

    List<Path> files() {
        return made.stream().map(clip -> clip.order().partial()).toList();
    }

    /** The provider's ids of the clips, joined by {@code +}; cut short to fit the row's column. */
    public String providerIds() {
        String ids = made.stream().map(Clip::providerId).filter(id -> id != null && !id.isBlank())
                .collect(Collectors.joining("+"));
        return ids.length() <= MAX_ID_LENGTH ? ids : ids.substring(0, MAX_ID_LENGTH - 1) + "…";
    }
}
