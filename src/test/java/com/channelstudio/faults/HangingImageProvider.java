package com.channelstudio.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.channelstudio.support.ProviderStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.admin.model.ServeEventQuery;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The image provider of the proof, shaped like Leonardo.ai v1 (create a generation, poll it, download the file, as
 * Leonardo's API reference describes it): the first generation request of the run hangs longer than the studio's response timeout,
 * every later one answers normally. A Leonardo-shaped stub rather than an FFmpeg wrapper script: the hang then
 * lands on a provider call, where the issue puts it, and the studio's own timeout and retry have to end it.
 */
final class HangingImageProvider implements AutoCloseable {

    static final String KEY = ProviderStubs.LEONARDO_KEY;
    static final String MODEL = ProviderStubs.LEONARDO_MODEL;
    private static final String CREATE = "/api/rest/v1/generations";

    private final WireMockServer server = new WireMockServer(options().dynamicPort().containerThreads(40));
    private StubMapping hang;

    /** {@code hangMillis} should be well over the studio's studio.providers.http.response-timeout-ms. */
    HangingImageProvider(int hangMillis) {
        server.start();
        String created = "{\"sdGenerationJob\":{\"generationId\":\"{{randomValue type='UUID'}}\",\"apiCreditCost\":8}}";
        hang = server.stubFor(post(urlEqualTo(CREATE)).withHeader("Authorization", equalTo("Bearer " + KEY))
                .inScenario("one hang").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("answered")
                .willReturn(okJson(created).withTransformers("response-template").withFixedDelay(hangMillis)));
        server.stubFor(post(urlEqualTo(CREATE)).withHeader("Authorization", equalTo("Bearer " + KEY))
                .inScenario("one hang").whenScenarioStateIs("answered")
                .willReturn(okJson(created).withTransformers("response-template")));
        // Generations complete at the first poll, after a short think, so the image stage lasts a few seconds.
        server.stubFor(get(urlPathMatching(CREATE + "/[^/]+")).withHeader("Authorization", equalTo("Bearer " + KEY))
                .willReturn(okJson("{\"generations_by_pk\":{\"id\":\"x\",\"status\":\"COMPLETE\",\"modelId\":\"" + MODEL
                        + "\",\"generated_images\":[{\"id\":\"proof-image\",\"url\":\"" + server.baseUrl()
                        + "/files/background.jpg\",\"nsfw\":false}]}}").withFixedDelay(100)));
        server.stubFor(get(urlEqualTo("/files/background.jpg"))
                .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(background())));
    }

    /** The studio's studio.providers.leonardo.base-url. */
    String baseUrl() {
        return server.baseUrl() + "/api/rest/v1";
    }

    /** The hanging request, once it has been made. */
    Optional<ServeEvent> hung() {
        List<ServeEvent> events = server.getServeEvents(ServeEventQuery.forStubMapping(hang.getId())).getServeEvents();
        return events.stream().findFirst();
    }

    int generationRequests() {
        return server.countRequestsMatching(postRequestedFor(urlEqualTo(CREATE)).build()).getCount();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static byte[] background() {
        BufferedImage image = new BufferedImage(1024, 576, BufferedImage.TYPE_INT_RGB);
        Graphics2D paint = image.createGraphics();
        paint.setPaint(new GradientPaint(0, 0, new Color(30, 60, 110), 1024, 576, new Color(220, 150, 90)));
        paint.fillRect(0, 0, 1024, 576);
        paint.dispose();
        try (ByteArrayOutputStream jpeg = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", jpeg);
            return jpeg.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
