package com.channelstudio.jobs;

import com.channelstudio.config.StudioProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Where a job's files live: {@code audio/01.wav}, {@code images/01.png} (a provider's file keeps its real
 * extension, e.g. {@code audio/01.mp3}), {@code video/}, {@code export/}.
 */
@Component("jobFolders")
public class JobFolders {

    private final Path outputRoot;

    /** Creates the output folder at start-up: health reports its free space, which needs it to exist. */
    public JobFolders(StudioProperties properties) throws IOException {
        this.outputRoot = Files.createDirectories(properties.outputDir().toAbsolutePath().normalize());
    }

    /** A relative {@code output_directory} is taken relative to the studio's output folder. */
    public Path root(VideoJob job) {
        return outputRoot.resolve(job.outputDirectory()).normalize();
    }

    public Path track(VideoJob job, int orderIndex) {
        return root(job).resolve("audio").resolve(String.format(Locale.ROOT, "%02d.wav", orderIndex));
    }

    public Path image(VideoJob job, int orderIndex) {
        return root(job).resolve("images").resolve(String.format(Locale.ROOT, "%02d.png", orderIndex));
    }

    public Path video(VideoJob job) {
        return root(job).resolve("video").resolve("video.mp4");
    }

    public Path export(VideoJob job) {
        return root(job).resolve("export");
    }

    /** Scratch space of one render attempt; removed when the render ends. */
    public Path renderScratch(VideoJob job) {
        return root(job).resolve(".render");
    }

    /** The name a file is written under until it is complete. */
    public static Path partial(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".part");
    }
}
