package com.channelstudio.jobs;

import com.channelstudio.config.StudioProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Where a job's files live: {@code audio/01.wav}, {@code images/01.png} (a provider's file keeps its real
 * extension, e.g. {@code audio/01.mp3}), {@code video/}, {@code export/}. Every job folder lies inside the studio's
 * output folder ({@code studio.output-dir}), whatever {@code output_directory} says: a row written by another
 * system cannot make the studio write or delete anywhere else.
 */
@Component("jobFolders")
public class JobFolders {

    private final Path outputRoot;

    /** Creates the output folder at start-up: health reports its free space, which needs it to exist. */
    public JobFolders(StudioProperties properties) throws IOException {
        this.outputRoot = Files.createDirectories(properties.outputDir().toAbsolutePath().normalize()).toRealPath();
    }

    /**
     * FFmpeg reads a picture's path with {@code %}, {@code *}, {@code ?}, {@code [} or {@code {} in it as a pattern of
     * numbered or matching files, not as one file: a job folder may not hold them.
     */
    public static void refusePatternCharacters(String outputDirectory) {
        if (outputDirectory != null && outputDirectory.chars().anyMatch(c -> "%*?[{".indexOf(c) >= 0)) {
            throw new InvalidInputException("output_directory", "must not contain % * ? [ or { (FFmpeg reads them as a "
                    + "file pattern; was " + outputDirectory + ")");
        }
    }

    public Path outputRoot() {
        return outputRoot;
    }

    /** The job's folder: a relative {@code output_directory} is taken inside the output folder. */
    public Path root(VideoJob job) {
        return folder(job.outputDirectory());
    }

    private Path folder(String outputDirectory) {
        Path folder = outputRoot.resolve(outputDirectory).normalize();
        if (!folder.startsWith(outputRoot) || folder.equals(outputRoot)) {
            throw new InvalidInputException("output_directory", "must be a folder inside studio.output-dir ("
                    + outputRoot + "), e.g. a relative path without '..' (was " + outputDirectory + ")");
        }
        return folder;
    }

    /** The folder of a job made without one (by the API or a schedule): the channel's, then the date and the job. */
    public static String defaultFolder(String channelName, UUID job) {
        return Slug.of(channelName, "channel") + "/" + LocalDate.now(ZoneOffset.UTC) + "-" + job;
    }

    /** The last name of a job folder, which any job sharing the folder has too. */
    public String folderName(String outputDirectory) {
        return folder(outputDirectory).getFileName().toString();
    }

    /** Of the jobs whose folder has the same last name, the one whose folder is this very folder, if any. */
    public UUID firstUser(String outputDirectory, List<Map<String, Object>> jobsWithSameFolderName) {
        Path folder = folder(outputDirectory);
        return jobsWithSameFolderName.stream()
                .filter(other -> folder.equals(outputRoot.resolve((String) other.get("output_directory")).normalize()))
                .map(other -> (UUID) other.get("id"))
                .findFirst().orElse(null);
    }

    /**
     * Checks, before a stage writes anything, that the job's folder still lies inside the output folder once
     * symbolic links are followed, and that no job created before it uses the same folder.
     */
    public void checkOwnFolder(VideoJob job, List<Map<String, Object>> jobsCreatedBeforeWithSameFolderName) throws IOException {
        Path folder = root(job);
        Path existing = folder;
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS) && !existing.equals(outputRoot)) {
            existing = existing.getParent();
        }
        Path real = existing.toRealPath();
        if (!real.startsWith(outputRoot)) {
            throw new InvalidInputException("output_directory", "must stay inside studio.output-dir (" + outputRoot
                    + ") once symbolic links are followed, but " + existing + " leads to " + real + "; nothing was written");
        }
        UUID first = firstUser(job.outputDirectory(), jobsCreatedBeforeWithSameFolderName);
        if (first != null) {
            throw new InvalidInputException("output_directory", "must be a folder of its own, but job " + first
                    + " already uses " + folder + "; give this job another folder");
        }
    }

    /**
     * How a file is recorded in the database: relative to the output folder, so an instance on another host that
     * mounts the same storage elsewhere finds it.
     */
    public String stored(Path file) {
        return outputRoot.relativize(file).toString();
    }

    /** A recorded file: relative to the output folder, or absolute as rows made before V4 hold them; inside it either way. */
    public Path file(String recorded) {
        Path file = outputRoot.resolve(recorded).normalize();
        if (!file.startsWith(outputRoot)) {
            throw new InvalidInputException("local_file_path", "must lie inside studio.output-dir (" + outputRoot
                    + ") (was " + recorded + ")");
        }
        return file;
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

    /** Scratch space of one instance's render attempts; removed when the render ends. */
    public Path renderScratch(VideoJob job, String instanceFileName) {
        return root(job).resolve(".render").resolve(instanceFileName);
    }

    /**
     * The name a file is written under until it is complete. It names this process, so an instance that lost a
     * job and is still finishing a file never writes into the file of the instance that took the job over.
     */
    public static Path partial(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + WRITER + ".part");
    }

    /** Writes a text file whole or not at all: under its {@link #partial} name, then renamed. */
    public static void writeAtomically(Path target, String content) throws IOException {
        Path partial = partial(target);
        try {
            Files.writeString(partial, content);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static final String WRITER = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
}
