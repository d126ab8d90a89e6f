package com.channelstudio.images;

import com.channelstudio.jobs.JobFolders;
import java.nio.file.Path;
import java.util.UUID;

/** One background to make for a job: the visual prompt, and where the file goes. */
public record ImageOrder(UUID jobId, int orderIndex, String prompt, Path target) {

    /** Providers write here; the file is renamed to {@link #target()} only once it is checked. */
    public Path partial() {
        return JobFolders.partial(target);
    }

    /** How failures name this order: "image 7 of 20". */
    public String item() {
        return "image " + orderIndex + " of 20";
    }

    /** Deterministic per job and image, for the built-in providers. */
    public long seed() {
        return jobId.getMostSignificantBits() * 37 + jobId.getLeastSignificantBits() * 13 + orderIndex;
    }
}
