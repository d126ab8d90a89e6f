package com.channelstudio.alerts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The studio with both alert destinations set (the webhook and SMTP stubs of {@link AlertDestinationStubs}), its
 * public address set, conditions checked every second and the outbox read every 200 ms; failed deliveries tried
 * again after 1 s, 2 s, 4 s …; at most 30 messages a destination an hour; a disk threshold no disk meets, so
 * disk_low is open from the start; /actuator/prometheus served, as it runs. Every class using it shares one context (its own database and Camel name).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("context-alerting")
@CamelSpringBootTest
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.additional-location=classpath:application-test.yml",
        "studio.database.embedded-dir=target/test-postgres/${test.fork:fork-1}/alerts",
        "camel.main.name=channel-studio-alerts",
        "studio.public-url=https://studio.example.com/",
        "studio.alerts.check-cron=* * * * * ?",
        "studio.alerts.delivery-poll-ms=200",
        "studio.alerts.retry-first-seconds=1",
        "studio.alerts.max-per-hour=" + AlertingStudioTest.MAX_PER_HOUR,
        "studio.alerts.disk-free-gb=1000000000",
        "studio.providers.leonardo.api-key=" + AlertingStudioTest.PROVIDER_KEY})
@ContextConfiguration(initializers = AlertDestinationStubs.class)
public @interface AlertingStudioTest {

    int MAX_PER_HOUR = 30;
    String PROVIDER_KEY = "leonardo-key-SECRET-7171";
}
