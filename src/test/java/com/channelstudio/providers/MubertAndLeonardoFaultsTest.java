package com.channelstudio.providers;

import com.channelstudio.support.ProviderStubs.Api;
import com.channelstudio.support.ProviderStubs.Fault;
import com.channelstudio.support.ProviderStubsTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fault matrix for Mubert (music) and Leonardo (images). */
@ProviderStubsTest
class MubertAndLeonardoFaultsTest extends ProviderFaultMatrix {

    @ParameterizedTest
    @EnumSource(Fault.class)
    void mubert(Fault fault) throws Exception {
        musicFault(Api.MUBERT, "mubert", fault, fault == Fault.REFUSED
                ? new String[] {"Mubert answered HTTP 403", "LicenseLimitTracksCount: Daily tracks limit reached", "Retrying will not help"}
                : new String[] {"Mubert reports the generation failed (status failed)"});
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
