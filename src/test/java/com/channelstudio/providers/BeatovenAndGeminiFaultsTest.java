package com.channelstudio.providers;

import com.channelstudio.support.ProviderStubs.Api;
import com.channelstudio.support.ProviderStubs.Fault;
import com.channelstudio.support.ProviderStubsTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.context.TestPropertySource;

/** The fault matrix for Beatoven (music) and Gemini (images). */
@ProviderStubsTest
@TestPropertySource(properties = {"studio.music.provider=beatoven", "studio.image.provider=gemini", "studio.llm.on-failure=fail"})
class BeatovenAndGeminiFaultsTest extends ProviderFaultMatrix {

    @ParameterizedTest
    @EnumSource(Fault.class)
    void beatoven(Fault fault) throws Exception {
        musicFault(Api.BEATOVEN, "beatoven", fault, fault == Fault.REFUSED
                ? new String[] {"Beatoven answered HTTP 401", "Invalid api key, access denied", "Retrying will not help"}
                : new String[] {"Beatoven reports the generation failed (status failed)"});
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void gemini(Fault fault) throws Exception {
        imageFault(null, "gemini", fault, fault == Fault.REFUSED
                ? new String[] {"Gemini answered HTTP 400", "INVALID_ARGUMENT: API key not valid"}
                : new String[] {"Gemini answered without an image (finish reason IMAGE_SAFETY)"});
    }
}
