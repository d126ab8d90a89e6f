package com.channelstudio.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** One WireMock server playing Google's OAuth and YouTube endpoints ({@link FakeYoutube}) for {@link YoutubeStubsTest}. */
public final class YoutubeStubs implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static WireMockServer server;

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort().extensions(new FakeYoutube()));
            server.start();
            server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(FakeYoutube.NAME)));
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String base = server().baseUrl();
        TestPropertyValues.of(
                "studio.youtube.api-base-url=" + base,
                "studio.youtube.oauth-token-url=" + base + "/token",
                "studio.youtube.analytics-base-url=" + base,
                "studio.youtube.oauth-authorize-url=" + base + FakeYoutube.AUTHORIZE_PATH,
                "studio.youtube.redirect-uri=" + FakeYoutube.REDIRECT_URI).applyTo(context);
    }
}
