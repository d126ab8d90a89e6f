package com.channelstudio.shorts;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.JobFolders;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.stereotype.Component;

/**
 * The font a Short's title is drawn with: DejaVu Sans Bold, bundled in the jar (fonts/DejaVuSans-Bold.LICENSE.txt),
 * so no machine needs fonts of its own; FFmpeg's drawtext reads it from a file, written once beside the extracted
 * FFmpeg.
 */
@Component
class TitleFont {

    static final String RESOURCE = "fonts/DejaVuSans-Bold.ttf";

    private final Path file;

    TitleFont(StudioProperties properties) {
        this.file = properties.ffmpeg().cacheDir().resolve("DejaVuSans-Bold.ttf");
    }

    synchronized Path file() throws IOException {
        if (!Files.isReadable(file)) {
            Files.createDirectories(file.getParent());
            Path partial = JobFolders.partial(file);
            try (InputStream font = TitleFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (font == null) {
                    throw new IOException("the jar has no " + RESOURCE);
                }
                Files.copy(font, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
