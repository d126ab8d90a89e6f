package com.channelstudio.providers;

import com.channelstudio.media.MediaProbe;
import java.nio.file.Path;

/** One file a provider is asked to make: what it is asked for, how failures name it, and where it is written. */
public interface AssetOrder {

    String prompt();

    /** Which of the job's 20 tracks or images it is. */
    int orderIndex();

    /** {@code track} or {@code image}, as the cost records name what a call was for. */
    String kind();

    /** The length asked for, in seconds (0 for a picture): what a per-minute price counts. */
    double askedSeconds();

    /** How failures name this order: "track 7 of 20". */
    String item();

    /** Providers write here; the file is renamed to its target only once it is checked. */
    Path partial();

    /** Which of studio.providers.max-download-bytes bounds its download: {@code audio} or {@code images}. */
    String downloadLimit();

    /** Fails with a MediaCheckException unless the partial file decodes as what was ordered. */
    void checkDelivery(MediaProbe probe);
}
