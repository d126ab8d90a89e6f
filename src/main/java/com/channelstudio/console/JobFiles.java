package com.channelstudio.console;

import com.channelstudio.export.ThumbnailMaker;
import com.channelstudio.jobs.InvalidInputException;
import com.channelstudio.jobs.JobFolders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A job's tracks, images and video for the console's players, with HTTP range requests so that they seek. A file
 * is found by job and order index through its row, never by a path from the request, and only a file inside the
 * output folder, symbolic links followed, is served; anything else answers 404.
 */
@RestController
class JobFiles {

    private static final int TRACKS = 20;
    private static final int THUMBNAIL_WIDTH = 384;
    private static final int THUMBNAIL_HEIGHT = 216;

    private final StudioCalls studio;
    private final JobFolders folders;
    private final ThumbnailMaker thumbnails;

    JobFiles(StudioCalls studio, JobFolders folders, ThumbnailMaker thumbnails) {
        this.studio = studio;
        this.folders = folders;
        this.thumbnails = thumbnails;
    }

    @GetMapping("/console/jobs/{id}/tracks/{orderIndex}")
    ResponseEntity<Resource> track(@PathVariable String id, @PathVariable int orderIndex) throws IOException {
        return serve(id, "track", orderIndex);
    }

    @GetMapping("/console/jobs/{id}/images/{orderIndex}")
    ResponseEntity<Resource> image(@PathVariable String id, @PathVariable int orderIndex) throws IOException {
        return serve(id, "image", orderIndex);
    }

    /** The image made small for the job page's grid (a JPEG a few dozen KB instead of a full-size picture). */
    @GetMapping("/console/jobs/{id}/images/{orderIndex}/thumbnail")
    ResponseEntity<byte[]> thumbnail(@PathVariable String id, @PathVariable int orderIndex) throws IOException {
        Path image = file(id, "image", orderIndex);
        if (image == null) {
            return ResponseEntity.notFound().build();
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            thumbnails.write(image, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT, jpeg);
        } catch (IOException unreadable) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate()).body(jpeg.toByteArray());
    }

    @GetMapping("/console/jobs/{id}/video")
    ResponseEntity<Resource> video(@PathVariable String id) throws IOException {
        return serve(id, "video", null);
    }

    private ResponseEntity<Resource> serve(String id, String kind, Integer orderIndex) throws IOException {
        Path file = file(id, kind, orderIndex);
        if (file == null) {
            return ResponseEntity.notFound().build();
        }
        MediaType type = MediaTypeFactory.getMediaType(file.getFileName().toString()).orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok().contentType(type).body(new FileSystemResource(file));
    }

    /** The job's recorded file of this kind and order index, if it is one to serve; else null. */
    private Path file(String id, String kind, Integer orderIndex) throws IOException {
        if (orderIndex != null && (orderIndex < 1 || orderIndex > TRACKS)) {
            return null;
        }
        Map<String, Object> lookup = new HashMap<>();
        lookup.put("kind", kind);
        lookup.put("jobId", ConsoleRequests.id(id));
        lookup.put("orderIndex", orderIndex);
        return insideOutputFolder(studio.read("console-job-file", lookup, String.class));
    }

    /** The recorded file if it exists and lies inside the output folder once links are followed; else null. */
    private Path insideOutputFolder(String recorded) throws IOException {
        if (recorded == null) {
            return null;
        }
        try {
            Path file = folders.file(recorded);
            if (!Files.isRegularFile(file)) {
                return null;
            }
            Path real = file.toRealPath();
            return real.startsWith(folders.outputRoot()) ? real : null;
        } catch (InvalidInputException outsideTheOutputFolder) {
            return null;
        }
    }
}
