package com.channelstudio.render;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.jobs.JobFolders;
import com.channelstudio.jobs.Slug;
import com.channelstudio.jobs.StudioInstance;
import com.channelstudio.jobs.VideoJob;
import com.channelstudio.look.Motion;
import com.channelstudio.look.Visualizer;
import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.timeline.TimelineFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * Prepares a render attempt: checks the job's 20 tracks and 20 images are there, sets the program's gain and the
 * pictures' motion, lays out its scratch folder.
 */
@Component("renderPlanner")
public class RenderPlanner {

    private final JobFolders folders;
    private final TimelineFactory timelines;
    private final StudioProperties.Render settings;
    private final FfmpegLocator ffmpeg;
    private final LoudnessGain loudness;
    private final StudioInstance instance;

    public RenderPlanner(JobFolders folders, TimelineFactory timelines, StudioProperties properties, FfmpegLocator ffmpeg,
            LoudnessGain loudness, StudioInstance instance) {
        this.ffmpeg = ffmpeg;
        this.instance = instance;
        this.loudness = loudness;
        this.folders = folders;
        this.timelines = timelines;
        this.settings = properties.render();
    }

    /**
     * @param channelLook the job's channel's {@code render_motion} and {@code render_visualizer}; NULL:
     *     {@code studio.render.motion}, {@code studio.render.visualizer}
     */
    public RenderPlan plan(@ExchangeProperty("job") VideoJob job, @Header("tracks") List<Map<String, Object>> tracks,
            @Header("images") List<Map<String, Object>> images, @Header("channelLook") Map<String, Object> channelLook)
            throws IOException {
        List<Path> trackFiles = existingFiles(tracks, "track");
        List<Path> imageFiles = existingFiles(images, "image");
        for (int i = 0; i < 20; i++) {
            if (((Number) tracks.get(i).get("order_index")).intValue() != ((Number) images.get(i).get("order_index")).intValue()) {
                throw new AssetFailure("order_index " + (i + 1), "tracks and images do not pair up by order_index",
                        "Check the audio_tracks and images rows of this job");
            }
        }
        Path scratch = folders.renderScratch(job, instance.fileName());
        deleteRecursively(scratch);
        Files.createDirectories(scratch);
        Files.createDirectories(folders.video(job).getParent());
        Visualizer visualizer = Visualizer.ofChannel((String) channelLook.get("render_visualizer"), settings.visualizer());
        RenderPlan plan = new RenderPlan(job.id(), ffmpeg.binary(), timelines.of(tracks, visualizer), trackFiles, imageFiles,
                scratch, folders.video(job), settings, Motion.ofChannel((String) channelLook.get("render_motion"), settings.motion()),
                visualizer, loudness.programGainDb(tracks));
        for (ParticleLayer layer : plan.particleLayers()) {
            layer.paint(job.id().getMostSignificantBits() ^ job.id().getLeastSignificantBits());
        }
        return plan;
    }

    private List<Path> existingFiles(List<Map<String, Object>> rows, String kind) {
        if (rows.size() != 20) {
            throw new AssetFailure(kind + "s", "the job has " + rows.size() + " " + kind + "s, a render needs 20",
                    "Retry the job so the missing " + kind + "s are made");
        }
        return rows.stream().map(row -> {
            Path file = folders.file((String) row.get("local_file_path"));
            if (!Files.isReadable(file)) {
                throw new AssetFailure(kind + " " + row.get("order_index") + " of 20", "file " + file + " is missing",
                        "Restore the file, or delete its row so the " + kind + " is made again, then retry");
            }
            return file;
        }).toList();
    }

    /**
     * Removes the attempt's scratch files (clips, audio, the unfinished video) when it ends, unless it failed and
     * {@code studio.render.keep-failed-scratch} asks to keep them for a look.
     */
    public void cleanUp(@ExchangeProperty("renderPlan") RenderPlan plan, Exchange exchange) throws IOException {
        if (plan == null || (settings.keepFailedScratch() && exchange.getProperty(Exchange.EXCEPTION_CAUGHT) != null)) {
            return;
        }
        deleteRecursively(plan.scratch());
        Files.deleteIfExists(plan.partialOutput());
        deleteIfEmpty(plan.scratch().getParent());
    }

    /** The scratch folders of render attempts other instances abandoned (they stopped before cleaning up). */
    public void removeAbandonedScratch(@ExchangeProperty("job") VideoJob job,
            @Header("abandoned") List<Map<String, Object>> abandoned) throws IOException {
        for (Map<String, Object> attempt : abandoned) {
            String renderedBy = (String) attempt.get("rendered_by");
            if (renderedBy != null) {
                deleteRecursively(folders.renderScratch(job, Slug.of(renderedBy, "instance")));
            }
        }
    }

    private static void deleteIfEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.deleteIfExists(folder);
            }
        } catch (java.nio.file.NoSuchFileException | java.nio.file.DirectoryNotEmptyException e) {
            // another instance's attempt is using or removing the folder
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
