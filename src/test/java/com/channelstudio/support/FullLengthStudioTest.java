package com.channelstudio.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The studio making media at full length (an hour of video for a 60-minute job), with the FFmpeg the test run
 * chooses: the bundled one, or with {@code -Dstudio.ffmpeg.path=ffmpeg} the one on the PATH (the build's
 * {@code ffmpeg-on-path} execution runs these classes again that way). Every class using it shares one context.
 */
@Tag("slow")
@Tag("context-full-length")
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChosenFfmpegIsInstalled.class)
@CamelSpringBootTest
@SpringBootTest(properties = {
        // The shared test settings (src/test/resources/application-test.yml) override config/application.yml.
        "spring.config.additional-location=classpath:application-test.yml",
        "studio.database.embedded-dir=target/test-postgres/${test.fork:fork-1}/full-length",
        // Full length: real media time, and the keyframe interval operators get.
        "studio.testing.media-time-scale=1",
        "studio.render.keyframe-interval-seconds=10",
        // Quartz schedulers are per JVM and named after the Camel context: each context needs its own name, or this
        // one's render trigger would fire into another context (and that one's into this).
        "camel.main.name=channel-studio-full-length"})
public @interface FullLengthStudioTest {}
