package com.channelstudio.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The studio with YouTube ({@code studio.youtube.*}) pointed at {@link FakeYoutube}, a secrets key set, 256 KiB
 * upload chunks, fast upload polling, a one-second back-off, and no other stage polling. Every class using it shares one context with its
 * own embedded PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("context-youtube-stubs")
@CamelSpringBootTest
@ExtendWith(UnfinishedJobsAreSetAside.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // The shared test settings (src/test/resources/application-test.yml) override config/application.yml.
        "spring.config.additional-location=classpath:application-test.yml",
        "studio.database.embedded-dir=target/test-postgres/${test.fork:fork-1}/youtube",
        // only the upload stage runs: jobs are laid out completed; one made through the API stays planned
        "studio.poll.planning-ms=3600000",
        "studio.poll.music-ms=3600000",
        "studio.poll.images-ms=3600000",
        "studio.poll.export-ms=3600000",
        "studio.render.cron=0 0 0 1 1 ? 2099",
        "studio.poll.upload-ms=200",
        "studio.secrets.key=" + YoutubeStubsTest.SECRETS_KEY,
        "studio.youtube.client-id=" + FakeYoutube.CLIENT_ID,
        "studio.youtube.client-secret=" + FakeYoutube.CLIENT_SECRET,
        "studio.youtube.upload-chunk-bytes=262144",
        "studio.youtube.back-off-first-seconds=1",
        "studio.youtube.back-off-max-seconds=2",
        "camel.main.name=channel-studio-youtube"})
@ContextConfiguration(initializers = YoutubeStubs.class)
public @interface YoutubeStubsTest {

    /** 32 bytes, base64: the test's studio.secrets.key. */
    String SECRETS_KEY = "q3Jt8yX4m0ZlXvC2n7d5Wb1KpQeS9uTgHhA6oFjLrMI=";
}
