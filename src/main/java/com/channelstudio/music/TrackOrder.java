package com.channelstudio.music;

import com.channelstudio.jobs.JobFolders;
import java.nio.file.Path;
import java.util.UUID;

/** One track to make for a job: what to ask the music provider for, and where the file goes. */
public record TrackOrder(UUID jobId, int orderIndex, String prompt, double durationSeconds, Path target)
        implements MusicOrder {

    @Override
    public Path partial() {
        return JobFolders.partial(target);
    }

    @Override
    public String item() {
        return "track " + orderIndex + " of 20";
    }

    @Override
    public double askedSeconds() {
        return durationSeconds;
    }

    /** Deterministic per job and track, for the built-in providers. */
    public long seed() {
        return jobId.getMostSignificantBits() * 31 + jobId.getLeastSignificantBits() * 17 + orderIndex;
    }
}
