package com.channelstudio.console;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.export.ThumbnailMaker;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The small JPEGs of the console's image grids, each made once and kept on disk ({@code studio.console.thumbnail-dir}):
 * decoding a full-size picture on every request cost a core a few hundred milliseconds per image. One kept per image,
 * named by the image's modification time, so an image made again gets a new one.
 */
@Component
class ConsoleThumbnails {

    static final int WIDTH = 384;
    static final int HEIGHT = 216;

    private final Path folder;
    private final ThumbnailMaker maker;

    ConsoleThumbnails(StudioProperties properties, ThumbnailMaker maker) {
        this.folder = properties.console().thumbnailDir();
        this.maker = maker;
    }

    /** The kept thumbnail of a job's image, made first if there is none for its current version. */
    Path of(UUID job, int orderIndex, Path image) throws IOException {
        Path jobFolder = folder.resolve(job.toString());
        String prefix = String.format("%02d-", orderIndex);
        Path kept = jobFolder.resolve(prefix + Files.getLastModifiedTime(image).toMillis() + ".jpg");
        if (Files.isRegularFile(kept)) {
            return kept;
        }
        Files.createDirectories(jobFolder);
        try (DirectoryStream<Path> older = Files.newDirectoryStream(jobFolder, prefix + "*.jpg")) {
            for (Path old : older) {
                Files.deleteIfExists(old);
            }
        }
        Path partial = Files.createTempFile(jobFolder, prefix, ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                maker.write(image, WIDTH, HEIGHT, out);
            }
            Files.move(partial, kept, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return kept;
    }
}
