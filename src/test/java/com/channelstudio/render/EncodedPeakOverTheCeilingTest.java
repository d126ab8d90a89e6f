package com.channelstudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.media.Loudness;
import com.channelstudio.media.MediaProbe;
import com.channelstudio.support.FlatImages;
import com.channelstudio.support.Jobs;
import com.channelstudio.support.ProviderJobs;
import com.channelstudio.support.StudioTest;
import com.channelstudio.support.TestOutput;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The safety net after the encode: when AAC pushes the true peak over the ceiling anyway (here with no headroom
 * left for the encoder, on full-band noise bursts that AAC overshoots by a dB or two), the program is encoded
 * again with the limiter lower only where it went over, until it is under, rather than the whole program made
 * quieter; every encode is in the stored commands.
 */
@StudioTest
@TestPropertySource(properties = {"studio.render.encode-headroom-db=0", "camel.main.name=channel-studio-no-headroom",
        "studio.database.embedded-dir=target/test-postgres/${test.fork:fork-1}/no-headroom"})
@Tag("slow")
class EncodedPeakOverTheCeilingTest {

    private static final Pattern LOWERED = Pattern.compile("--lower ([\\d.]+)-([\\d.]+)s:([\\d.]+)dB");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaProbe probe;

    @Autowired
    FfmpegLocator ffmpeg;

    Path folder = TestOutput.newFolder();

    @Test
    void anEncodeOverTheCeilingIsEncodedAgainLimitedFurtherWhereItWentOver() throws Exception {
        Jobs jobs = new Jobs(jdbc);
        UUID job = jobs.parked(ProviderJobs.prompts("bursts"), folder);
        FlatImages images = new FlatImages(jdbc, ffmpeg.executable());
        for (int order = 1; order <= 20; order++) {
            Path track = folder.resolve(order + ".wav");
            make(String.format(Locale.ROOT, "aevalsrc=exprs=(random(0)*2-1)*exp(-mod(t\\,0.25)*40)|(random(1)*2-1)*exp(-mod(t\\,0.25)*40)"
                    + ":s=48000:d=0.9,volume=%ddB", -(order % 3)), track);
            Loudness real = probe.measureAudio(track).loudness();
            jdbc.update("INSERT INTO audio_tracks (video_job_id, provider, order_index, duration_seconds, local_file_path, "
                    + "prompt_text, loudness_lufs, true_peak_dbtp) VALUES (?, 'beatoven', ?, 0.90, ?, 'noise bursts', ?, ?)",
                    job, order, track.toString(), real.integratedLufs(), real.truePeakDbtp());
            images.add(job, folder, order);
        }
        jdbc.update("UPDATE video_jobs SET status = 'rendering' WHERE id = ?", job);

        assertThat(jobs.awaitFinished(job, Duration.ofMinutes(2))).as(String.valueOf(jobs.row(job).get("error_message")))
                .isEqualTo("completed");

        assertThat(jobs.audioEncodes(job)).as("audio encodes").isBetween(2L, 4L);
        String commands = jdbc.queryForObject("SELECT ffmpeg_command FROM render_tasks WHERE video_job_id = ?", String.class, job);
        List<double[]> lowered = new ArrayList<>();
        for (Matcher stretch = LOWERED.matcher(commands); stretch.find(); ) {
            lowered.add(new double[] {Double.parseDouble(stretch.group(1)), Double.parseDouble(stretch.group(2)),
                    Double.parseDouble(stretch.group(3))});
        }
        assertThat(lowered).as("stretches limited further").isNotEmpty().allSatisfy(stretch -> {
            assertThat(stretch[1] - stretch[0]).as("length of a stretch, s").isLessThanOrEqualTo(0.21);
            assertThat(stretch[2]).as("extra reduction, dB").isGreaterThan(0.5);
        });
        double programSeconds = 20 * 0.9;
        // Where it went over, or came within the studio meter's 0.1 dB of the ceiling: a burst in three at most.
        assertThat(lowered.stream().mapToDouble(stretch -> stretch[1] - stretch[0]).sum()).as("seconds limited further")
                .isLessThan(programSeconds / 3);
        Path video = TestOutput.file((String) jobs.row(job).get("local_video_path"));
        assertThat(probe.measureAudio(video).loudness().truePeakDbtp()).as("true peak, dBTP").isLessThanOrEqualTo(-1.0);
    }

    private void make(String source, Path file) throws Exception {
        Process process = new ProcessBuilder(ffmpeg.executable(), "-nostdin", "-v", "error", "-f", "lavfi", "-i", source,
                "-frames:v", "1", file.toString()).inheritIO().start();
        assertThat(process.waitFor()).isZero();
    }
}
