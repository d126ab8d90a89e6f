package com.channelstudio.jobs;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.look.Motion;
import com.channelstudio.look.Visualizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether the output folder's disk has room to start a render or an export ({@code studio.render.min-free-gb}): a full
 * disk failed every stage in turn and left multi-GB partial files. While it is short, those stages claim no job; the
 * jobs wait, saying so, and health is DOWN.
 */
@Component("diskRoom")
public class DiskRoom {

    /** Without a setting: three times the expected size of the longest video (90 minutes). */
    static final int ROOM_FOR_VIDEOS = 3;
    static final int LONGEST_VIDEO_MINUTES = 90;
    /**
     * Measured (docs/rendering.md): an hour of 1920x1080 is about 0.23 GB as a still, 1.3 GB with motion, and with a
     * visualizer 0.9 GB (bars) or 3.1 GB (wave), the whole video encoded.
     */
    static final double STILL_GB_PER_HOUR = 0.23;
    static final double MOTION_GB_PER_HOUR = 1.3;
    static final double VISUALIZER_GB_PER_HOUR = 3.1;
    private static final double FULL_HD_PIXELS = 1920.0 * 1080;
    private static final Logger log = LoggerFactory.getLogger(DiskRoom.class);

    private final Path outputRoot;
    private final double neededGb;
    private final boolean derived;
    private final AtomicBoolean wasShort = new AtomicBoolean();

    public DiskRoom(StudioProperties properties) {
        StudioProperties.Render render = properties.render();
        this.outputRoot = properties.outputDir().toAbsolutePath().normalize();
        this.derived = render.fixedMinFreeGb().isEmpty();
        this.neededGb = render.fixedMinFreeGb().orElse(ROOM_FOR_VIDEOS * expectedVideoGb(render));
    }

    /** The expected size of the longest video at the configured picture size, motion and visualizer. */
    static double expectedVideoGb(StudioProperties.Render render) {
        double perHour = render.visualizer() != Visualizer.NONE ? VISUALIZER_GB_PER_HOUR
                : render.motion() != Motion.NONE ? MOTION_GB_PER_HOUR : STILL_GB_PER_HOUR;
        return perHour * LONGEST_VIDEO_MINUTES / 60.0 * (render.width() * (double) render.height() / FULL_HD_PIXELS);
    }

    /** Whether a stage may claim a job now: render and export need the room, the others write little. */
    public boolean allows(String stage) {
        if (!stage.equals("rendering") && !stage.equals("ready_for_export")) {
            return true;
        }
        Optional<String> shortage = shortage();
        if (shortage.isPresent() != wasShort.getAndSet(shortage.isPresent())) {
            if (shortage.isPresent()) {
                log.warn("Renders and exports wait: {}", shortage.get());
            } else {
                log.info("Renders and exports go on: the output folder's disk has room again");
            }
        }
        return shortage.isEmpty();
    }

    /** What is short, said for the operator; empty while there is room. */
    public Optional<String> shortage() {
        double freeGb = freeGb();
        if (freeGb >= neededGb) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%.1f GB free on the disk of %s, renders and exports need %.1f GB "
                + "(studio.render.min-free-gb%s); free space there, or raise the disk", freeGb, outputRoot, neededGb,
                derived ? " auto: three times the expected size of a 90-minute video" : ""));
    }

    double freeGb() {
        try {
            Path existing = outputRoot;
            while (!Files.exists(existing) && existing.getParent() != null) {
                existing = existing.getParent();
            }
            return Files.getFileStore(existing).getUsableSpace() / 1e9;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the free space of " + outputRoot, e);
        }
    }
}
