package com.channelstudio.shorts;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.images.painter.Painter;
import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.media.Loudness;
import com.channelstudio.media.MediaProbe;
import com.channelstudio.music.synth.Synthesizer;
import com.channelstudio.support.Assets;
import com.channelstudio.support.Jobs;
import com.channelstudio.support.PromptsJson;
import com.channelstudio.support.StudioTest;
import com.channelstudio.support.TestOutput;
import com.channelstudio.support.VideoFrames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The export cuts a channel's Shorts from its video: vertical 1080x1920 MP4s of the liveliest stretch of different
 * tracks, at -14 LUFS under -1 dBTP, the track's title drawn in the upper third, each with its metadata and a row for
 * the upload stage; a track too short gives a shorter Short or none, and the job says so.
 */
@StudioTest
@Tag("slow")
class ShortsCutFromEveryVideoTest {

    private static final Path DEBIAN_FFMPEG = Path.of("/usr/bin/ffmpeg");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Synthesizer synthesizer;

    @Autowired
    Painter painter;

    @Autowired
    FfmpegLocator ffmpeg;

    @Autowired
    MediaProbe probe;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theExportCutsThreeVerticalShortsFromDifferentTracksAndSaysWhichCameOutShorter() throws Exception {
        Jobs jobs = new Jobs(jdbc);
        Path folder = TestOutput.newFolder();
        UUID job = jobs.parked(PromptsJson.valid(), folder);
        jdbc.update("UPDATE channels SET shorts_per_video = 3 FROM video_jobs j WHERE j.channel_id = channels.id AND j.id = ?", job);
        Assets assets = new Assets(jdbc, synthesizer, painter);
        for (int order = 1; order <= 20; order++) {
            // tracks 5 and 15 hold a whole Short, track 10 one of 19 s (25 s less 3 s at each end); the rest none
            assets.track(job, folder, order, order == 5 || order == 15 ? 40 : order == 10 ? 25 : 2);
            assets.image(job, folder, order);
        }
        Path video = Files.write(folder.resolve("video.mp4"), new byte[1024]);
        jdbc.update("UPDATE video_jobs SET local_video_path = ?, status = 'ready_for_export' WHERE id = ?", video.toString(), job);

        assertThat(jobs.awaitFinished(job, Duration.ofMinutes(4))).isEqualTo("completed");

        List<Map<String, Object>> shorts = jdbc.queryForList("SELECT * FROM job_shorts WHERE video_job_id = ? ORDER BY short_index", job);
        assertThat(shorts).extracting(row -> row.get("track_order_index")).containsExactly(5, 10, 15);
        assertThat(shorts).extracting(row -> ((Number) row.get("duration_seconds")).doubleValue()).containsExactly(30.0, 19.0, 30.0);
        assertThat(shorts).allSatisfy(row -> assertThat(row.get("upload_state")).isEqualTo("waiting"));
        assertThat((String) jobs.row(job).get("shorts_note")).isEqualTo("Short 2 is 19.0 s: track 10 is 25.0 s long");

        Path export = folder.resolve("export/shorts");
        List<String> titles = new ArrayList<>();
        for (int index = 1; index <= 3; index++) {
            Map<String, Object> row = shorts.get(index - 1);
            Path file = TestOutput.file((String) row.get("local_file_path"));
            assertThat(file).isEqualTo(export.resolve("0" + index + ".mp4"));
            JsonNode metadata = json.readTree(export.resolve("0" + index + ".json").toFile());
            double seconds = metadata.get("duration_seconds").asDouble();
            assertThat(metadata.get("track_order_index").asInt()).isEqualTo(row.get("track_order_index"));
            assertThat(metadata.get("start_seconds").asDouble()).isBetween(3.0, 40 - 3 - seconds);
            assertThat(metadata.get("title").asText()).endsWith(" · Royal Court Ambience #Shorts").hasSizeLessThanOrEqualTo(100);
            assertThat(metadata.get("description").asText()).contains("seconds from a 60-minute mix of elegant, classical, serene music");
            assertThat(metadata.get("tags").toString()).contains("\"shorts\"");
            titles.add(metadata.get("title").asText());

            MediaProbe.MediaInfo info = probe.describe(file);
            assertThat(info.width()).isEqualTo(1080);
            assertThat(info.height()).isEqualTo(1920);
            assertThat(info.durationSeconds()).isCloseTo(seconds, org.assertj.core.data.Offset.offset(0.1));
            assertThat(String.join(" ", info.streams())).contains("h264").contains("aac");
            Loudness loudness = probe.measureAudio(file).loudness();
            assertThat(loudness.integratedLufs()).isCloseTo(-14, org.assertj.core.data.Offset.offset(1.0));
            assertThat(loudness.truePeakDbtp()).isLessThanOrEqualTo(-1.0);
            decodesCleanly(ffmpeg.executable(), file);
            decodesCleanly(DEBIAN_FFMPEG.toString(), file);
        }
        assertThat(titles).doesNotHaveDuplicates();

        byte[] frame = new VideoFrames(ffmpeg.executable()).lumas(export.resolve("01.mp4"), 1080, 1920, 60, 60).get(0);
        assertThat(brightShare(frame, 300, 500)).as("white title letters in the upper third").isGreaterThan(0.02);
        assertThat(brightShare(frame, 1500, 1700)).as("the darkened, blurred copy below the picture").isLessThan(0.002);
    }

    /** The share of pixels in rows {@code from} to {@code to} brighter than a darkened picture is. */
    private static double brightShare(byte[] luma, int from, int to) {
        int bright = 0;
        for (int row = from; row < to; row++) {
            for (int column = 0; column < 1080; column++) {
                if ((luma[row * 1080 + column] & 0xff) > 220) {
                    bright++;
                }
            }
        }
        return bright / (double) ((to - from) * 1080);
    }

    private static void decodesCleanly(String ffmpeg, Path video) throws Exception {
        Process decode = new ProcessBuilder(ffmpeg, "-nostdin", "-v", "error", "-xerror", "-i", video.toString(), "-f", "null", "-")
                .redirectErrorStream(true).start();
        String errors = new String(decode.getInputStream().readAllBytes());
        assertThat(decode.waitFor()).as(ffmpeg + " decodes " + video + ": " + errors).isZero();
        assertThat(errors).as(ffmpeg).isEmpty();
    }
}
