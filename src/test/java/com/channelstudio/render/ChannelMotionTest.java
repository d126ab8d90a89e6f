package com.channelstudio.render;

import com.channelstudio.look.Visualizer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.support.Jobs;
import com.channelstudio.support.Pictures;
import com.channelstudio.support.StudioTest;
import com.channelstudio.support.TestOutput;
import com.channelstudio.support.VideoFrames;
import com.channelstudio.timeline.TimelineFactory;
import com.channelstudio.timeline.TrackTimeline;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A channel's own motion (channels.render_motion) is what its videos get, the studio's setting none. */
@StudioTest
@Tag("slow")
class ChannelMotionTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FfmpegLocator ffmpeg;

    @Autowired
    TimelineFactory timelines;

    Path folder = TestOutput.newFolder();

    @Test
    void aChannelWithParticlesGetsMovingPicturesWithEveryCutOnItsTrack() throws Exception {
        Jobs jobs = new Jobs(jdbc);
        UUID channel = jobs.channel("Lo-Fi Study Beats");
        assertThatThrownBy(() -> jdbc.update("UPDATE channels SET render_motion = 'sparkle' WHERE id = ?", channel))
                .hasMessageContaining("channels_render_motion_check");
        jdbc.update("UPDATE channels SET render_motion = 'particles' WHERE id = ?", channel);
        UUID job = jobs.planned(channel, "Lo-Fi Study Beats", "calm, warm", 60, folder);
        assertThat(jobs.awaitFinished(job, Duration.ofMinutes(3))).as(String.valueOf(jobs.row(job).get("error_message")))
                .isEqualTo("completed");

        String commands = jdbc.queryForObject("SELECT ffmpeg_command FROM render_tasks WHERE video_job_id = ?", String.class, job);
        assertThat(commands.lines().filter(line -> line.contains("particles-near.png") && line.contains("overlay="))).hasSize(20);
        Path video = TestOutput.file((String) jobs.row(job).get("local_video_path"));
        List<Map<String, Object>> tracks = jdbc.queryForList("SELECT * FROM audio_tracks WHERE video_job_id = ? ORDER BY order_index", job);
        TrackTimeline timeline = timelines.of(tracks, Visualizer.NONE);
        List<String> frames = new VideoFrames(ffmpeg.executable()).hashes(video);
        assertThat(frames).hasSize((int) timeline.totalFrames());
        TrackTimeline.Segment fifth = timeline.segments().get(4);
        assertThat(frames.subList((int) fifth.firstFrame(), (int) (fifth.firstFrame() + fifth.frames())))
                .as("a still would repeat one frame").doesNotHaveDuplicates();

        List<Path> images = jdbc.queryForList("SELECT local_file_path FROM images WHERE video_job_id = ? ORDER BY order_index",
                String.class, job).stream().map(TestOutput::file).toList();
        assertThat(new Pictures(ffmpeg.executable()).cutsOffTheirTrack(video, timeline, images, 6)).isEmpty();
    }
}
