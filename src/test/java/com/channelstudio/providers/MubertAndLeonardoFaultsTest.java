package com.channelstudio.providers;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.ProviderJobs;
import com.channelstudio.support.ProviderStubs;
import com.channelstudio.support.ProviderStubs.Api;
import com.channelstudio.support.ProviderStubs.Fault;
import com.channelstudio.support.ProviderStubsTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The fault matrix for Mubert (music) and Leonardo (images). */
@ProviderStubsTest
@ExtendWith(OutputCaptureExtension.class)
class MubertAndLeonardoFaultsTest extends ProviderFaultMatrix {

    @ParameterizedTest
    @EnumSource(Fault.class)
    void mubert(Fault fault, CapturedOutput log) throws Exception {
        musicFault(Api.MUBERT, "mubert", fault, fault == Fault.REFUSED
                ? new String[] {"Mubert answered HTTP 403",
                        "LicenseLimitTracksCount: Daily tracks limit reached (customer token [redacted])", "Retrying will not help"}
                : new String[] {"Mubert reports the generation failed (status failed)"});
        assertThat(log.getAll()).contains("Mubert").doesNotContain(ProviderStubs.MUBERT_ACCESS);
    }

    @Test
    void aTrackShorterThanAskedByMoreThanTwoPercentFailsNamingTheProviderAndTheOtherTracksStay() throws Exception {
        String marker = "m-short-" + UUID.randomUUID().toString().substring(0, 8);
        ProviderStubs.shortMubertTrack(marker);
        UUID job = new ProviderJobs(jdbc).missingTrack(marker, 7, folder);

        Map<String, Object> row = finished(job);

        assertThat(String.valueOf(row.get("failed_stage"))).isEqualTo("generating_music");
        assertThat((String) row.get("error_message")).startsWith("Stage generating_music failed at track 7 of 20: mubert "
                + "returned 0.50 s of audio for a 0.91 s request, shorter than asked by more than 2 %")
                .contains("Retry the job to have the track made again", "studio.providers.mubert.*");
        assertThat(jdbc.queryForList("SELECT order_index FROM audio_tracks WHERE video_job_id = ?", Integer.class, job))
                .hasSize(19).doesNotContain(7);
        assertNoPartialFiles();
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void leonardo(Fault fault) throws Exception {
        imageFault(Api.LEONARDO, "leonardo", fault, fault == Fault.REFUSED
                ? new String[] {"Leonardo answered HTTP 401", "access-denied: Authentication hook unauthorized this request",
                        "[redacted]"}
                : new String[] {"Leonardo reports the generation failed (status FAILED)"});
    }
}
