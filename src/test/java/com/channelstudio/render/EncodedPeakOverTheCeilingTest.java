package com.channelstudio.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.media.Loudness;
import com.channelstudio.media.MediaProbe;
import com.channelstudio.support.Jobs;
import com.channelstudio.support.ProviderJobs;
import com.channelstudio.support.StudioTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The safety net after the encode: when the audio comes out over the true-peak ceiling anyway (here the tracks'
 * recorded measurements are stale, 4.5 dB under what the files now hold), it is encoded again, quieter, until it
 * is under, and every encode is in the stored commands.
 */
@StudioTest
class EncodedPeakOverTheCeilingTest {

    private static final Pattern VOLUME = Pattern.compile("volume=(-?[\\d.]+)dB");
    private static final double STALE_BY_DB = 4.5;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaProbe probe;

    @Autowired
    FfmpegLocator ffmpeg;

    @TempDir
    Path folder;

    @Test
    void anEncodeOverTheCeilingIsEncodedAgainQuieterAndBothCommandsAreStored() throws Exception {
        Jobs jobs = new Jobs(jdbc);
        UUID job = jobs.withPrompts("failed", ProviderJobs.prompts("stale"), 60, folder);
        double loudestPeak = Double.NEGATIVE_INFINITY;
        for (int order = 1; order <= 20; order++) {
            Path track = folder.resolve(order + ".wav");
            make("anoisesrc=color=pink:amplitude=0.3:seed=" + order + ":d=0.9,aformat=channel_layouts=stereo", track);
            Loudness real = probe.measureAudio(track).loudness();
            loudestPeak = Math.max(loudestPeak, real.truePeakDbtp());
            jdbc.update("INSERT INTO audio_tracks (video_job_id, provider, order_index, duration_seconds, local_file_path, "
                    + "prompt_text, loudness_lufs, true_peak_dbtp) VALUES (?, 'dummy', ?, 0.90, ?, 'pink noise', ?, ?)",
                    job, order, track.toString(), real.integratedLufs() - 20, real.truePeakDbtp() - STALE_BY_DB);
            Path image = folder.resolve(order + ".png");
            make("color=c=0x" + Integer.toHexString(0x101010 * (order % 15 + 1)) + ":s=320x180:d=1", image);
            jdbc.update("INSERT INTO images (video_job_id, provider, order_index, local_file_path, prompt_text) "
                    + "VALUES (?, 'dummy', ?, ?, 'flat grey')", job, order, image.toString());
        }
        jdbc.update("UPDATE video_jobs SET status = 'rendering' WHERE id = ?", job);

        assertThat(jobs.awaitFinished(job, Duration.ofMinutes(2))).as(String.valueOf(jobs.row(job).get("error_message")))
                .isEqualTo("completed");

        String commands = jdbc.queryForObject("SELECT ffmpeg_command FROM render_tasks WHERE video_job_id = ?", String.class, job);
        List<Double> gains = commands.lines().map(VOLUME::matcher).filter(Matcher::find)
                .map(volume -> Double.parseDouble(volume.group(1))).toList();
        // The gain the stale numbers allow puts the program's real true peak half a dB over full scale.
        double firstGain = -1 - 3 - (loudestPeak - STALE_BY_DB);
        assertThat(gains).as("gains of the audio encodes, in the order they ran").hasSizeBetween(2, 4);
        assertThat(gains.get(0)).isCloseTo(firstGain, within(0.01));
        assertThat(gains).isSortedAccordingTo(Comparator.reverseOrder()).doesNotHaveDuplicates();
        Path video = Path.of((String) jobs.row(job).get("local_video_path"));
        assertThat(probe.measureAudio(video).loudness().truePeakDbtp()).as("true peak, dBTP").isLessThanOrEqualTo(-1.0);
    }

    private void make(String source, Path file) throws Exception {
        Process process = new ProcessBuilder(ffmpeg.executable(), "-nostdin", "-v", "error", "-f", "lavfi", "-i", source,
                "-frames:v", "1", file.toString()).inheritIO().start();
        assertThat(process.waitFor()).isZero();
    }
}
