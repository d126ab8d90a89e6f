package com.channelstudio.providers;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.Jobs;
import com.channelstudio.support.ProviderJobs;
import com.channelstudio.support.ProviderStubs;
import com.channelstudio.support.ProviderStubsTest;
import com.channelstudio.support.TestOutput;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An image provider that answers every prompt with the same picture
 * (the stubbed Leonardo does; a stock-photo API may) cannot make a channel's second video distinct from its first.
 * Its images are held and made again studio.distinct.max-repairs (2) times, then the job fails naming the copies in
 * one line and saying what to do; the evidence of all three looks is kept, and so are the files made.
 */
@ProviderStubsTest
class RepairsRunOutWhenAProviderRepeatsItsPictureTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSecondVideoOfAChannelFailsAfterTwoRepairsNamingItsImagesAsCopiesOfTheFirst() {
        String niche = "Royal Court Ambience " + UUID.randomUUID().toString().substring(0, 8);
        ProviderStubs.llm(niche, List.of(ProviderStubs.llmAnswer(ProviderJobs.prompts(niche + " first")),
                ProviderStubs.llmAnswer(ProviderJobs.prompts(niche + " second"))));
        Jobs jobs = new Jobs(jdbc);
        UUID channel = jobs.channel(niche);
        UUID first = jobs.planned(channel, niche, "elegant, serene", 60, TestOutput.newFolder());
        assertThat(jobs.awaitFinished(first, Duration.ofMinutes(3))).as("%s", jobs.row(first).get("error_message"))
                .isEqualTo("completed");

        UUID second = jobs.planned(channel, niche, "elegant, serene", 60, TestOutput.newFolder());

        assertThat(jobs.awaitFinished(second, Duration.ofMinutes(3))).isEqualTo("failed");
        Map<String, Object> row = jobs.row(second);
        assertThat(String.valueOf(row.get("failed_stage"))).isEqualTo("generating_image");
        assertThat((String) row.get("error_message")).isEqualTo("Stage generating_image failed at the check for near copies "
                + "of the channel's recent videos: after 2 repairs (studio.distinct.max-repairs) still: images 1-20 are near "
                + "copies of images of video " + first + " (hash distance 0, under 24). Give the job other prompts (or another "
                + "image provider) and retry it, or raise studio.distinct.max-repairs; the evidence is in duplicate_checks. "
                + "Finished assets are kept; a retry makes only what is missing (POST /api/jobs/" + second + "/retry).");
        List<Map<String, Object>> looks = jdbc.queryForList("SELECT repair, COUNT(*) AS images, "
                + "COUNT(*) FILTER (WHERE duplicate AND hash_distance = 0 AND other_video_job_id = ?) AS copies "
                + "FROM duplicate_checks WHERE video_job_id = ? AND kind = 'image' GROUP BY repair ORDER BY repair", first, second);
        assertThat(looks).extracting(look -> List.of(look.get("repair"), look.get("images"), look.get("copies")))
                .containsExactly(List.of(0, 20L, 20L), List.of(1, 20L, 20L), List.of(2, 20L, 20L));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM duplicate_checks WHERE video_job_id = ? AND kind = 'music_prompt'",
                Integer.class, second)).as("its music prompts are its own").isZero();
        assertThat(jobs.count("images", second)).as("the pictures made are kept").isEqualTo(20);
        assertThat(jobs.count("audio_tracks", second)).isEqualTo(20);
    }
}
