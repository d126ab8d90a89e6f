package com.channelstudio.support;

import com.channelstudio.images.painter.Painter;
import com.channelstudio.music.synth.Synthesizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** A job's 20 tracks and 20 images made ahead of the stage under test, files and rows, as a stage would. */
public final class Assets {

    private final JdbcTemplate jdbc;
    private final Synthesizer synthesizer;
    private final Painter painter;

    public Assets(JdbcTemplate jdbc, Synthesizer synthesizer, Painter painter) {
        this.jdbc = jdbc;
        this.synthesizer = synthesizer;
        this.painter = painter;
    }

    public Path track(UUID job, Path folder, int order, double seconds) throws IOException {
        Path file = folder.resolve("audio").resolve(String.format(Locale.ROOT, "%02d.wav", order));
        Files.createDirectories(file.getParent());
        synthesizer.compose("Calm piano piece " + order + ". Tempo: 80 BPM.", seconds, order, file);
        jdbc.update("INSERT INTO audio_tracks (video_job_id, provider, order_index, duration_seconds, local_file_path, "
                + "prompt_text) VALUES (?, 'dummy', ?, ?, ?, ?)", job, order, seconds, file.toString(), "Calm piano piece " + order);
        return file;
    }

    public Path image(UUID job, Path folder, int order) throws IOException {
        Path file = folder.resolve("images").resolve(String.format(Locale.ROOT, "%02d.png", order));
        Files.createDirectories(file.getParent());
        painter.paint("16:9 background of a quiet valley, scene " + order, order, 640, 360, file);
        jdbc.update("INSERT INTO images (video_job_id, provider, order_index, local_file_path, prompt_text) "
                + "VALUES (?, 'dummy', ?, ?, ?)", job, order, file.toString(), "valley " + order);
        return file;
    }

    /** All 20 of both, each track {@code seconds} long. */
    public void all(UUID job, Path folder, double seconds) throws IOException {
        for (int order = 1; order <= 20; order++) {
            track(job, folder, order, seconds);
            image(job, folder, order);
        }
    }
}
