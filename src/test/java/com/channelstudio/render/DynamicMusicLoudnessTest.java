package com.channelstudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.media.Loudness;
import com.channelstudio.media.MediaProbe;
import com.channelstudio.support.DynamicMusic;
import com.channelstudio.support.FlatImages;
import com.channelstudio.support.FullLengthStudioTest;
import com.channelstudio.support.Jobs;
import com.channelstudio.support.ProviderJobs;
import com.channelstudio.support.TestOutput;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An hour of dynamic music as a provider may deliver it (true peaks at 0 dBTP, peak-to-loudness ratio about
 * 14 dB, sharp drum hits) is published at the loudness target with its true peak under the ceiling: the limiter
 * takes the peaks, not a gain that would leave the whole hour quieter.
 */
@FullLengthStudioTest
class DynamicMusicLoudnessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaProbe probe;

    @Autowired
    FfmpegLocator ffmpeg;

    Path folder = TestOutput.newFolder();

    @Test
    void anHourOfDynamicMusicIsPublishedAtTheTargetUnderTheCeiling() throws Exception {
        Jobs jobs = new Jobs(jdbc);
        UUID job = jobs.parked(ProviderJobs.prompts("dynamic"), folder);
        DynamicMusic music = new DynamicMusic(ffmpeg.executable(), probe);
        FlatImages images = new FlatImages(jdbc, ffmpeg.executable());
        // Made two at a time (one per core): an hour of it takes a while.
        Map<Integer, Loudness> made = new ConcurrentHashMap<>();
        ForkJoinPool pool = new ForkJoinPool(2);
        pool.submit(() -> IntStream.rangeClosed(1, 20).parallel().forEach(order -> made.put(order,
                music.write(folder.resolve(order + ".wav"), 180, order)))).get();
        pool.shutdown();
        for (int order = 1; order <= 20; order++) {
            Path track = folder.resolve(order + ".wav");
            Loudness measured = made.get(order);
            assertThat(measured.truePeakDbtp()).as("true peak of track %d", order).isBetween(-0.3, 0.3);
            assertThat(measured.truePeakDbtp() - measured.integratedLufs()).as("peak-to-loudness ratio of track %d", order)
                    .isBetween(13.0, 16.0);
            jdbc.update("INSERT INTO audio_tracks (video_job_id, provider, order_index, duration_seconds, local_file_path, "
                    + "prompt_text, loudness_lufs, true_peak_dbtp) VALUES (?, 'beatoven', ?, 180.00, ?, 'drums and chords', ?, ?)",
                    job, order, track.toString(), measured.integratedLufs(), measured.truePeakDbtp());
            images.add(job, folder, order);
        }
        jdbc.update("UPDATE video_jobs SET status = 'rendering' WHERE id = ?", job);

        assertThat(jobs.awaitFinished(job, Duration.ofMinutes(5))).as(String.valueOf(jobs.row(job).get("error_message")))
                .isEqualTo("completed");
        Loudness published = probe.measureAudio(TestOutput.file((String) jobs.row(job).get("local_video_path"))).loudness();
        assertThat(published.truePeakDbtp()).as("true peak, dBTP").isLessThanOrEqualTo(-1.0);
        assertThat(published.integratedLufs()).as("integrated loudness, LUFS").isBetween(-14.5, -13.5);
        assertThat(jobs.audioEncodes(job)).as("audio encodes").isEqualTo(1);
    }
}
