package com.channelstudio.images;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.JobFolders;
import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.media.MediaCheckException;
import com.channelstudio.media.MediaFormats;
import com.channelstudio.media.MediaProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * Checks what an image provider delivered (it decodes, it is big enough to fill a frame) and only then moves it
 * to its final name; a file that fails the check is never recorded.
 */
@Component("imageAcceptance")
public class ImageAcceptance {

    static final int MIN_SIDE_PIXELS = 256;

    private final MediaProbe probe;
    private final String provider;
    private final JobFolders folders;

    public ImageAcceptance(MediaProbe probe, JobFolders folders, StudioProperties properties) {
        this.probe = probe;
        this.folders = folders;
        this.provider = properties.image().provider().label();
    }

    public StoredImage accept(@Body ImageOrder order, @Header("providerImageId") String providerImageId) throws IOException {
        try {
            MediaProbe.MediaInfo info = probe.checkImage(order.partial());
            if (Math.min(info.width(), info.height()) < MIN_SIDE_PIXELS) {
                throw new MediaCheckException("the image is " + info.width() + "x" + info.height()
                        + ", smaller than " + MIN_SIDE_PIXELS + " pixels on a side");
            }
            Path target = MediaFormats.named(order.target(), info.streams());
            Files.move(order.partial(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new StoredImage(order.orderIndex(), provider, providerImageId, folders.stored(target), order.prompt());
        } catch (MediaCheckException e) {
            Files.deleteIfExists(order.partial());
            throw new AssetFailure(order.item(), e.getMessage(),
                    "Check the image provider '" + provider + "' and its answer for this prompt");
        }
    }
}
