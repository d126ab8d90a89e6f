package com.channelstudio.distinct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.jobs.VideoJob;
import com.channelstudio.support.SettingsStart;
import com.channelstudio.support.StudioSettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The limits of the check for near copies: repairs run out with a clear message; bad settings are refused. */
@ExtendWith(OutputCaptureExtension.class)
class DistinctVideosTest {

    @Test
    void aVideoStillACopyAfterTheLastRepairFailsNamingWhatAndTheWayOut() {
        DistinctVideos guard = new DistinctVideos(StudioSettings.of(Map.of("studio.distinct.max-repairs", "1")), null, null,
                new ObjectMapper());
        DistinctCheck stillCopied = new DistinctCheck(UUID.randomUUID(), 1, "[]", "{}", new TreeSet<>(List.of(4)),
                new TreeSet<>(), "image 4 is a near copy of image 2 of video 5e0c… (hash distance 3, under 24)");
        VideoJob job = new VideoJob(UUID.randomUUID(), UUID.randomUUID(), "generating_image", "Jazz", "smooth", 60, "{}",
                "jazz", UUID.randomUUID());

        assertThatThrownBy(() -> guard.hold(stillCopied, job, List.of())).isInstanceOf(AssetFailure.class)
                .hasMessage("after 1 repairs (studio.distinct.max-repairs) still: image 4 is a near copy of image 2 of video 5e0c… (hash distance 3, under 24)")
                .satisfies(failure -> {
                    assertThat(((AssetFailure) failure).item()).isEqualTo("the check for near copies of the channel's recent videos");
                    assertThat(((AssetFailure) failure).remedy()).contains("studio.distinct.max-repairs", "duplicate_checks");
                });
    }

    @Test
    void copiedImagesAreNamedAsRanges() {
        assertThat(DistinctVideos.ranges(List.of(1, 2, 3, 5, 7, 8))).isEqualTo("1-3, 5, 7-8");
        assertThat(DistinctVideos.ranges(List.of(4))).isEqualTo("4");
        assertThat(DistinctVideos.ranges(List.of(1, 3, 5))).isEqualTo("1, 3, 5");
    }

    @Test
    void settingsOutOfRangeAreRefusedNamingTheKey(CapturedOutput output) {
        assertThatThrownBy(() -> SettingsStart.start("--studio.distinct.image-distance=300")).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut()).contains("studio.distinct.image-distance", "\"300\"", "must be less than or equal to 256");
        assertThatThrownBy(() -> SettingsStart.start("--studio.distinct.max-repairs=-1")).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut()).contains("studio.distinct.max-repairs", "\"-1\"", "must be greater than or equal to 0");
    }
}
