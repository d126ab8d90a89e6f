package com.channelstudio.images;

import com.channelstudio.jobs.JobFolders;
import com.channelstudio.media.MediaProbe;
import com.channelstudio.providers.AssetOrder;
import java.nio.file.Path;
import java.util.UUID;

/** One background to make for a job: the visual prompt, and where the file goes. */
public record ImageOrder(UUID jobId, int orderIndex, String prompt, Path target) implements AssetOrder {

    @Override
    public Path partial() {
        return JobFolders.partial(target);
    }

    @Override
    public String item() {
        return "image " + orderIndex + " of 20";
    }

    @Override
    public String kind() {
        return "image";
    }

    @Override
    public double askedSeconds() {
        return 0;
    }

    @Override
    public String downloadLimit() {
        return "images";
    }

    @Override
    public void checkDelivery(MediaProbe probe) {
        probe.checkImage(partial());
    }

    /** Deterministic per job and image, for the built-in providers. */
    public long seed() {
        return jobId.getMostSignificantBits() * 37 + jobId.getLeastSignificantBits() * 13 + orderIndex;
    }
}
