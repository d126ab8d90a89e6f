package com.channelstudio.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** A job's images as plain grey pictures, file and row, for tests about the sound rather than the picture. */
public final class FlatImages {

    private final JdbcTemplate jdbc;
    private final String ffmpeg;

    public FlatImages(JdbcTemplate jdbc, String ffmpeg) {
        this.jdbc = jdbc;
        this.ffmpeg = ffmpeg;
    }

    /** Image {@code order} of the job: 320x180, a shade of grey of its own. */
    public void add(UUID job, Path folder, int order) throws IOException, InterruptedException {
        Path image = folder.resolve(order + ".png");
        Process process = new ProcessBuilder(ffmpeg, "-nostdin", "-v", "error", "-f", "lavfi", "-i",
                String.format(Locale.ROOT, "color=c=0x%06x:s=320x180:d=1", 0x101010 * (order % 15 + 1)),
                "-frames:v", "1", image.toString()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException("FFmpeg could not write " + image);
        }
        jdbc.update("INSERT INTO images (video_job_id, provider, order_index, local_file_path, prompt_text) "
                + "VALUES (?, 'leonardo', ?, ?, 'flat grey')", job, order, image.toString());
    }
}
