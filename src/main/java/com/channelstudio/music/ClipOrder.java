package com.channelstudio.music;

import com.channelstudio.jobs.JobFolders;
import java.nio.file.Path;

/**
 * One generation of a track, made in one call: the whole track, or one clip of a track longer than the provider's
 * generations may last. It is written to a file of its own; the track is joined from its clips (ClipJoiner).
 */
public record ClipOrder(TrackOrder track, int clip, int planned, double askedSeconds) implements MusicOrder {

    @Override
    public String prompt() {
        return track.prompt();
    }

    @Override
    public int orderIndex() {
        return track.orderIndex();
    }

    @Override
    public String item() {
        return planned == 1 && clip == 1 ? track.item() : track.item() + ", clip " + clip;
    }

    /** Whether this clip continues the track (it is not its first). */
    public boolean continuation() {
        return clip > 1;
    }

    @Override
    public Path partial() {
        return JobFolders.partial(track.target().resolveSibling(track.target().getFileName() + ".clip" + clip));
    }
}
