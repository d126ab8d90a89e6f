package com.channelstudio.render;

import com.channelstudio.look.Visualizer;
import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.media.Loudness;
import com.channelstudio.media.MediaProbe;
import com.channelstudio.support.FullLengthStudioTest;
import com.channelstudio.support.Jobs;
import com.channelstudio.support.Pictures;
import com.channelstudio.support.ProgramAudio;
import com.channelstudio.support.TestOutput;
import com.channelstudio.timeline.TimelineFactory;
import com.channelstudio.timeline.TrackTimeline;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A real 60-minute job end to end, at full length: the video an operator would upload. */
@FullLengthStudioTest
class SixtyMinuteVideoTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaProbe probe;

    @Autowired
    FfmpegLocator ffmpeg;

    @Autowired
    TimelineFactory timelines;

    Path folder = TestOutput.newFolder();

    @Test
    void sixtyMinuteJobBecomesAnHourOfVideoWithEveryImageOnItsTrack() throws Exception {
        String chosen = System.getProperty("studio.ffmpeg.path", "");
        assertThat(ffmpeg.binary().origin()).as("the FFmpeg this run asked for").contains(chosen.isBlank() ? "bundled" : "PATH");
        Jobs jobs = new Jobs(jdbc);
        UUID job = jobs.planned("Lo-Fi Study Beats", "calm, warm, nostalgic", 60, folder);
        assertThat(jobs.awaitFinished(job, Duration.ofMinutes(8))).as(String.valueOf(jobs.row(job).get("error_message")))
                .isEqualTo("completed");

        Path video = TestOutput.file((String) jobs.row(job).get("local_video_path"));
        MediaProbe.MediaInfo info = probe.describe(video);
        assertThat(info.durationSeconds()).isBetween(3600 * 0.98, 3600 * 1.02);
        List<Map<String, Object>> tracks = jdbc.queryForList(
                "SELECT * FROM audio_tracks WHERE video_job_id = ? ORDER BY order_index", job);
        TrackTimeline timeline = timelines.of(tracks, Visualizer.NONE);
        assertThat(probe.videoFrames(video)).isEqualTo(timeline.totalFrames());
        List<Long> joins = timeline.segments().subList(1, 20).stream()
                .map(segment -> segment.startSample() + timeline.crossfadeSamples() / 2).toList();
        ProgramAudio audio = ProgramAudio.of(ffmpeg.executable(), video, joins);
        // Decoders that ignore the MP4 edit list also play the encoder's padding of the last AAC frame.
        assertThat(audio.samples() - timeline.totalSamples()).isBetween(0L, 1023L);
        assertThat(audio.joins()).allSatisfy(join -> {
            assertThat(join.longestSilence()).as("digital silence near sample %d", join.sample()).isLessThan(48);
            assertThat(join.steepestStepAtJoin()).as("click at sample %d", join.sample())
                    .isLessThanOrEqualTo(Math.max(200, join.steepestStepAround()));
        });

        // What a loudness meter shows for the published audio (EBU R128, as YouTube measures it).
        Loudness loudness = probe.measureAudio(video).loudness();
        assertThat(loudness.truePeakDbtp()).as("true peak, dBTP").isLessThanOrEqualTo(-1.0);
        assertThat(loudness.integratedLufs()).as("integrated loudness, LUFS").isBetween(-14.5, -13.5);
        assertThat(jobs.audioEncodes(job)).as("audio encodes").isEqualTo(1);

        Pictures pictures = new Pictures(ffmpeg.executable());
        List<int[]> sources = new ArrayList<>();
        for (Map<String, Object> image : jdbc.queryForList(
                "SELECT local_file_path FROM images WHERE video_job_id = ? ORDER BY order_index", job)) {
            sources.add(pictures.image(TestOutput.file((String) image.get("local_file_path"))));
        }
        for (int i = 1; i < 20; i++) {
            double cut = timeline.segments().get(i).cutSeconds(timeline.fps());
            assertThat(Pictures.showsRatherThan(pictures.frameAt(video, cut - 0.5), sources.get(i - 1), sources.get(i)))
                    .as("0.5 s before cut %d shows image %d", i, i).isTrue();
            assertThat(Pictures.showsRatherThan(pictures.frameAt(video, cut + 0.5), sources.get(i), sources.get(i - 1)))
                    .as("0.5 s after cut %d shows image %d", i, i + 1).isTrue();
        }
    }
}
