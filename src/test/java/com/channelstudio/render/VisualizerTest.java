package com.channelstudio.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.channelstudio.look.Visualizer;
import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.media.MediaProbe;
import com.channelstudio.support.Jobs;
import com.channelstudio.support.Pictures;
import com.channelstudio.support.StudioTest;
import com.channelstudio.support.TestOutput;
import com.channelstudio.support.VideoFrames;
import com.channelstudio.timeline.TimelineFactory;
import com.channelstudio.timeline.TrackTimeline;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A channel's own visualizer (channels.render_visualizer) draws its music moving along the bottom of its video, the
 * studio's setting none: at studio.render.visualizer-fps, the pictures above still change exactly at their cuts, the
 * band moves to the last image (VisualizerKeepsTimeTest: on every FFmpeg), and the program audio is the one encode
 * the render made, copied: bit for bit what the same job publishes without a visualizer.
 */
@StudioTest
@Tag("slow")
class VisualizerTest {

    /** The visualizer's band: studio.render.visualizer-height-percent of the picture. */
    private static final int BAND_PERCENT = 12;
    /** Rows of the 32×18 thumbnail: the visualizer's band (12 % of 1080) lies in the bottom two. */
    private static final int WIDTH = 32;
    private static final int PICTURE_ROWS = 15;
    private static final int ROWS = 18;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FfmpegLocator ffmpeg;

    @Autowired
    TimelineFactory timelines;

    @Autowired
    MediaProbe probe;

    @Test
    void theMusicMovesAlongTheBottomWhileThePicturesChangeAtTheirCutsAndTheAudioStaysAsEncoded() throws Exception {
        Jobs jobs = new Jobs(jdbc);
        UUID channel = jobs.channel("Lo-Fi Study Beats");
        assertThatThrownBy(() -> jdbc.update("UPDATE channels SET render_visualizer = 'sparkle' WHERE id = ?", channel))
                .hasMessageContaining("channels_render_visualizer_check");
        UUID job = jobs.planned(channel, "Lo-Fi Study Beats", "calm, warm", 60, TestOutput.newFolder());
        assertThat(jobs.awaitFinished(job, Duration.ofMinutes(3))).as(String.valueOf(jobs.row(job).get("error_message")))
                .isEqualTo("completed");
        String audioWithout = audioPackets(job);

        for (String visualizer : List.of("bars", "wave")) {
            jdbc.update("UPDATE channels SET render_visualizer = ? WHERE id = ?", visualizer, channel);
            jdbc.update("UPDATE video_jobs SET status = 'rendering' WHERE id = ?", job);
            assertThat(jobs.awaitFinished(job, Duration.ofMinutes(3))).as(String.valueOf(jobs.row(job).get("error_message")))
                    .isEqualTo("completed");

            String commands = jdbc.queryForObject("SELECT ffmpeg_command FROM render_tasks WHERE video_job_id = ? "
                    + "ORDER BY created_at DESC LIMIT 1", String.class, job);
            assertThat(commands.lines().filter(line -> line.contains(visualizer.equals("bars") ? "showfreqs=" : "showwaves=")
                    && line.contains("-c:a copy"))).as("the band is drawn as the audio is copied").hasSize(1);
            assertThat(commands.lines().filter(line -> line.contains("-c:a aac"))).as("one audio encode").hasSize(1);
            assertThat(audioPackets(job)).as("the program audio, bit for bit as without a visualizer").isEqualTo(audioWithout);
            seesTheBandMoveOverPicturesThatChangeAtTheirCuts(job, Visualizer.ofChannel(visualizer, Visualizer.NONE));
        }
    }

    private void seesTheBandMoveOverPicturesThatChangeAtTheirCuts(UUID job, Visualizer visualizer) throws Exception {
        Path video = TestOutput.file((String) new Jobs(jdbc).row(job).get("local_video_path"));
        List<Map<String, Object>> tracks = jdbc.queryForList("SELECT * FROM audio_tracks WHERE video_job_id = ? ORDER BY order_index", job);
        TrackTimeline timeline = timelines.of(tracks, visualizer);
        assertThat(probe.videoFrames(video)).isEqualTo(timeline.totalFrames());
        List<Path> images = jdbc.queryForList("SELECT local_file_path FROM images WHERE video_job_id = ? ORDER BY order_index",
                String.class, job).stream().map(TestOutput::file).toList();
        Pictures pictures = new Pictures(ffmpeg.executable());
        assertThat(pictures.cutsOffTheirTrack(video, timeline, images, 3)).isEmpty();

        for (TrackTimeline.Segment segment : List.of(timeline.segments().get(4), timeline.segments().get(19))) {
            int[] early = pictures.frame(video, segment.firstFrame() + segment.frames() / 3);
            int[] late = pictures.frame(video, segment.firstFrame() + 2 * segment.frames() / 3);
            assertThat(Pictures.distance(rows(early, 0, PICTURE_ROWS), rows(late, 0, PICTURE_ROWS)))
                    .as("the picture above the band stays still in image " + segment.orderIndex()).isLessThan(1.5);
            List<String> band = new VideoFrames(ffmpeg.executable()).bottomHashes(video, BAND_PERCENT, segment.firstFrame(),
                    segment.firstFrame() + segment.frames() - 1);
            assertThat(band).as("frames of image " + segment.orderIndex()).hasSize((int) segment.frames());
            assertThat(IntStream.range(1, band.size()).filter(i -> band.get(i).equals(band.get(i - 1))))
                    .as("frames of image " + segment.orderIndex() + " whose band repeats the frame before: it moves "
                            + "with the music to the end, never frozen").isEmpty();
        }
    }

    /** The MD5 of the video's audio packets as they are stored (FFmpeg's md5 muxer over a stream copy). */
    private String audioPackets(UUID job) throws Exception {
        Path video = TestOutput.file((String) new Jobs(jdbc).row(job).get("local_video_path"));
        Process md5 = new ProcessBuilder(ffmpeg.executable(), "-v", "error", "-i", video.toString(), "-map", "0:a",
                "-c", "copy", "-f", "md5", "-").redirectErrorStream(true).start();
        String out = new String(md5.getInputStream().readAllBytes()).strip();
        assertThat(md5.waitFor()).as(out).isZero();
        return out;
    }

    private static int[] rows(int[] thumbnail, int from, int to) {
        return Arrays.copyOfRange(thumbnail, from * WIDTH * 3, to * WIDTH * 3);
    }
}
