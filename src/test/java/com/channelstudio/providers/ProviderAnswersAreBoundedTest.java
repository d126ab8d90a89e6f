package com.channelstudio.providers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.Jobs;
import com.channelstudio.support.ProviderJobs;
import com.channelstudio.support.ProviderStubs;
import com.channelstudio.support.ProviderStubsTest;
import com.channelstudio.support.TestOutput;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A provider (or a proxy before it) that answers too much, too slowly or with a picture too large to decode fails the
 * item with a message naming the provider, the limit and its key, and holds nothing: no answer read whole, no
 * partial file. This context's limits: answers and image files of 8 MB, calls of 4 s.
 */
@ProviderStubsTest
class ProviderAnswersAreBoundedTest {

    private static final int NINE_MB = 9 * 1024 * 1024;

    @Autowired
    JdbcTemplate jdbc;

    private final Path folder = TestOutput.newFolder();

    @Test
    void aChunkedJsonAnswerOverTheLimitFailsTheItemUnread() {
        String marker = marker("huge-json");
        ProviderStubs.leonardo(marker, aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"generations_by_pk\":{\"status\":\"PENDING\",\"padding\":\"" + "x".repeat(NINE_MB) + "\"}}")
                .withChunkedDribbleDelay(8, 400), null);

        assertThat(failure(marker)).contains("Leonardo sent an answer larger than 8 MB to GET /api/rest/v1/generations/"
                + marker + " (studio.providers.max-answer-bytes)", "raise studio.providers.max-answer-bytes");
        assertThat(ProviderStubs.count(getRequestedFor(urlPathEqualTo("/api/rest/v1/generations/" + marker))))
                .as("a limit is no passing fault: not asked again").isEqualTo(1);
    }

    @Test
    void aDownloadOverTheLimitIsCutOffAndLeavesNoPartialFile() throws Exception {
        String marker = marker("huge-file");
        byte[] file = new byte[NINE_MB];
        new Random(7).nextBytes(file);
        ProviderStubs.leonardo(marker, null, aResponse().withHeader("Content-Type", "image/jpeg").withBody(file)
                .withChunkedDribbleDelay(8, 400));

        assertThat(failure(marker)).contains("Leonardo sent a file larger than 8 MB to GET /files/" + marker
                + ".jpg (studio.providers.max-download-bytes.images)");
        try (var files = Files.walk(folder)) {
            assertThat(files.filter(path -> path.toString().endsWith(".part")).toList()).isEmpty();
        }
    }

    @Test
    void aBodyThatDripsIsEndedAtTheCallsDeadline() {
        String marker = marker("drip");
        // A byte a second never trips the 1.5 s response timeout; the whole call may take 4 s.
        ProviderStubs.leonardo(marker, aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"generations_by_pk\":{\"status\":\"PENDING\",\"generated_images\":[]}}").withChunkedDribbleDelay(60, 60_000), null);
        long start = System.nanoTime();

        assertThat(failure(marker)).contains("Leonardo did not finish answering GET /api/rest/v1/generations/" + marker
                + " within studio.providers.call-timeout-seconds (4 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("four attempts of about 4 s, not a minute each")
                .isLessThan(Duration.ofSeconds(50));
    }

    @Test
    void aPictureWhoseHeaderIsHugeIsRefusedBeforeDecoding() throws Exception {
        String marker = marker("huge-picture");
        ProviderStubs.leonardo(marker, null, aResponse().withHeader("Content-Type", "image/png").withBody(pngHeader(40_000, 40_000)));

        assertThat(failure(marker)).contains("Leonardo delivered a picture of 40000x40000 (1600000000 pixels), more than "
                + "studio.images.max-pixels (50000000); it was not decoded", "raise studio.images.max-pixels");
        assertThat(ProviderStubs.count(getRequestedFor(urlEqualTo("/files/" + marker + ".jpg")))).isEqualTo(1);
    }

    private String failure(String marker) {
        UUID job = new ProviderJobs(jdbc).missingImage(marker, 7, folder);
        Jobs jobs = new Jobs(jdbc);
        assertThat(jobs.awaitFinished(job, Duration.ofSeconds(90))).isEqualTo("failed");
        String message = (String) jobs.row(job).get("error_message");
        assertThat(message).startsWith("Stage generating_image failed at image 7 of 20: ");
        return message;
    }

    private static String marker(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A PNG's signature and IHDR announcing this size, then a few bytes of picture data: all a decoder needs to start. */
    private static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(png, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x63, 0x60, 0, 0, 0, 4, 0, 1});
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeAndData = ByteBuffer.allocate(4 + data.length).put(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put(data).array();
        png.writeBytes(typeAndData);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
