package com.channelstudio.music;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.JobFolders;
import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.media.MediaCheckException;
import com.channelstudio.media.MediaFormats;
import com.channelstudio.media.MediaProbe;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * Checks what a music provider delivered (it decodes, its real length is plausible, and not shorter than asked by
 * more than 2 % where the provider is asked for a length) and only then moves it to its final name; a file that fails
 * the check is never recorded, and the tracks already made stay. The same decode measures its loudness and true
 * peak, which the render uses to set the program's gain.
 */
@Component("trackAcceptance")
public class TrackAcceptance {

    private final JobFolders folders;

    /** A provider may miss the requested length; beyond this share it has delivered something else. */
    static final double LENGTH_TOLERANCE = 0.5;
    /** Shorter than this share of a length asked for, a track would shorten the video below its target. */
    static final double SHORTFALL = 0.02;

    private final MediaProbe probe;
    private final String provider;
    private final boolean asksLength;

    public TrackAcceptance(MediaProbe probe, JobFolders folders, StudioProperties properties) {
        this.folders = folders;
        this.probe = probe;
        this.provider = properties.music().provider().label();
        this.asksLength = properties.music().provider().asksLength();
    }

    /** As stored: hundredths, and silence (minus infinity) as the column's floor. */
    private static BigDecimal decibels(double value) {
        return BigDecimal.valueOf(Math.max(-999.99, value)).setScale(2, RoundingMode.HALF_UP);
    }

    public StoredTrack accept(@Body TrackOrder order, @Header("providerTrackId") String providerTrackId,
            @Header("licenseDocumentUrl") String licenseDocumentUrl) throws IOException {
        String item = order.item();
        try {
            MediaProbe.AudioMeasurement measured = probe.measureAudio(order.partial());
            double seconds = (double) measured.samples() / MediaProbe.SAMPLE_RATE;
            if (Math.abs(seconds - order.durationSeconds()) > LENGTH_TOLERANCE * order.durationSeconds()) {
                throw new MediaCheckException(String.format(Locale.ROOT,
                        "the provider returned %.1f s of audio for a %.1f s request", seconds, order.durationSeconds()));
            }
            if (asksLength && seconds < (1 - SHORTFALL) * order.durationSeconds()) {
                throw new MediaCheckException(String.format(Locale.ROOT, "%s returned %.2f s of audio for a %.2f s request, "
                        + "shorter than asked by more than %.0f %%", provider, seconds, order.durationSeconds(), SHORTFALL * 100));
            }
            Path target = MediaFormats.named(order.target(), probe.describe(order.partial()).streams());
            Files.move(order.partial(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new StoredTrack(order.orderIndex(), provider, providerTrackId,
                    BigDecimal.valueOf(seconds).setScale(2, RoundingMode.HALF_UP),
                    folders.stored(target), licenseDocumentUrl, order.prompt(),
                    decibels(measured.loudness().integratedLufs()), decibels(measured.loudness().truePeakDbtp()));
        } catch (MediaCheckException e) {
            Files.deleteIfExists(order.partial());
            throw new AssetFailure(item, e.getMessage(), "Retry the job to have the track made again; if it repeats, check "
                    + "the music provider '" + provider + "' and its answer for this prompt (studio.providers." + provider + ".*)");
        }
    }
}
