package com.channelstudio.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The studio as it runs, on a real embedded PostgreSQL and the real FFmpeg, with media shortened 200× (a
 * 60-minute job lasts 18 s) and fast polling. Every class using it shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "studio.demo.enabled=false",
        "studio.testing.media-time-scale=0.005",
        "studio.database.embedded-dir=target/test-postgres/shared",
        "studio.database.embedded-durable=false",
        "studio.output-dir=target/test-output",
        "studio.poll.planning-ms=200",
        "studio.poll.music-ms=200",
        "studio.poll.images-ms=200",
        "studio.poll.export-ms=200",
        "studio.poll.initial-delay-ms=200",
        "studio.render.cron=* * * * * ?",
        "studio.lease.renew-ms=1000",
        "studio.lease.sweep-cron=* * * * * ?",
        "studio.schedules.check-cron=* * * * * ?",
        "studio.render.keyframe-interval-seconds=1",
        "studio.security.password=test-operator-secret"})
public @interface StudioTest {}
