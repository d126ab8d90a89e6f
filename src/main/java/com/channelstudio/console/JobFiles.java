package com.channelstudio.console;

import com.channelstudio.jobs.InvalidInputException;
import com.channelstudio.jobs.JobFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A job's tracks, images and video for the console's players, with HTTP range requests so that they seek: pictures,
 * sound and video inline, named by Content-Disposition; a file of any other type only as a download, sandboxed. A file
 * is found by job and order index through its row, never by a path from the request, and only a file inside the
 * output folder, symbolic links followed, is served; anything else answers 404.
 */
@RestController
class JobFiles {

    private static final int TRACKS = 20;
    /** Shown in the page (players, pictures); any other type is only downloaded. */
    private static final List<MediaType> PLAYABLE = Stream.of("image/png", "image/jpeg", "image/webp", "image/gif",
            "audio/wav", "audio/x-wav", "audio/wave", "audio/mpeg", "audio/mp4", "audio/aac", "audio/flac", "audio/ogg",
            "video/mp4").map(MediaType::parseMediaType).toList();

    private final StudioCalls studio;
    private final JobFolders folders;
    private final ConsoleThumbnails thumbnails;

    JobFiles(StudioCalls studio, JobFolders folders, ConsoleThumbnails thumbnails) {
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
    ResponseEntity<Resource> thumbnail(@PathVariable String id, @PathVariable int orderIndex) throws IOException {
        Path image = file(id, "image", orderIndex);
        if (image == null) {
            return ResponseEntity.notFound().build();
        }
        Path thumbnail;
        try {
            thumbnail = thumbnails.of(ConsoleRequests.id(id), orderIndex, image);
        } catch (IOException unreadable) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate()).body(new FileSystemResource(thumbnail));
    }

    @GetMapping("/console/jobs/{id}/shorts/{index}")
    ResponseEntity<Resource> jobShort(@PathVariable String id, @PathVariable int index) throws IOException {
        return serve(id, "short", index);
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
        boolean playable = PLAYABLE.stream().anyMatch(type::equalsTypeAndSubtype);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, (playable ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(file.getFileName().toString()).build().toString());
        if (!playable) {
            // A provider's file of another type (an SVG, an HTML page) must not run as the studio's own page.
            answer.header("Content-Security-Policy", "sandbox");
        }
        return answer.contentType(playable ? type : MediaType.APPLICATION_OCTET_STREAM).body(new FileSystemResource(file));
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
