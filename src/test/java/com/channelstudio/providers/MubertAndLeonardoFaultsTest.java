package com.channelstudio.providers;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.ProviderStubs;
import com.channelstudio.support.ProviderStubs.Api;
import com.channelstudio.support.ProviderStubs.Fault;
import com.channelstudio.support.ProviderStubsTest;
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

    @ParameterizedTest
    @EnumSource(Fault.class)
    void leonardo(Fault fault) throws Exception {
        imageFault(Api.LEONARDO, "leonardo", fault, fault == Fault.REFUSED
                ? new String[] {"Leonardo answered HTTP 401", "access-denied: Authentication hook unauthorized this request",
                        "[redacted]"}
                : new String[] {"Leonardo reports the generation failed (status FAILED)"});
    }
}
