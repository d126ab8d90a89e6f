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
 * The studio as it runs, on a real embedded PostgreSQL and the real FFmpeg, with media shortened 200× (a
 * 60-minute job lasts 18 s) and fast polling. Every class using it shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("context-studio")
@CamelSpringBootTest
@ExtendWith(UnfinishedJobsAreSetAside.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // The shared test settings (src/test/resources/application-test.yml) override config/application.yml.
        "spring.config.additional-location=classpath:application-test.yml",
        "studio.database.embedded-dir=target/test-postgres/${test.fork:fork-1}/shared"})
public @interface StudioTest {}
