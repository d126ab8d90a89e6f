package com.channelstudio.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The studio as {@link StudioTest} runs it, but with the remote providers ({@code mubert} + {@code leonardo}, and
 * the LLM planner) pointed at one WireMock server shaped like the real APIs ({@link ProviderStubs}, and for the
 * music providers that work clip by clip {@link MusicApiStubs}), with short timeouts, retry delays and polling. Classes that add
 * {@code @TestPropertySource(properties = {"studio.music.provider=beatoven", "studio.image.provider=gemini",
 * "studio.llm.on-failure=fail"})} share a second context. Each context has its own embedded PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("context-provider-stubs")
@CamelSpringBootTest
@ExtendWith(UnfinishedJobsAreSetAside.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // The shared test settings (src/test/resources/application-test.yml) override config/application.yml.
        "spring.config.additional-location=classpath:application-test.yml",
        "studio.database.embedded-dir=target/test-postgres/${test.fork:fork-1}/providers-${studio.music.provider}",
        "studio.music.provider=mubert",
        "studio.image.provider=leonardo",
        "studio.providers.mubert.company-id=" + ProviderStubs.MUBERT_COMPANY,
        "studio.providers.mubert.license-token=" + ProviderStubs.MUBERT_LICENSE,
        "studio.providers.beatoven.api-key=" + ProviderStubs.BEATOVEN_KEY,
        "studio.providers.leonardo.api-key=" + ProviderStubs.LEONARDO_KEY,
        "studio.providers.leonardo.model-id=" + ProviderStubs.LEONARDO_MODEL,
        "studio.providers.gemini.api-key=" + ProviderStubs.GEMINI_KEY,
        "studio.providers.gemini.model=" + ProviderStubs.GEMINI_MODEL,
        "studio.providers.lyria.model=" + MusicApiStubs.LYRIA_MODEL,
        "studio.providers.elevenlabs.api-key=" + MusicApiStubs.ELEVENLABS_KEY,
        "studio.providers.stableaudio.api-key=" + MusicApiStubs.STABILITY_KEY,
        // One generation lasts up to 200 s (1 s in these tests' time): longer tracks are joined from clips.
        "studio.providers.lyria.max-seconds=200",
        "studio.providers.elevenlabs.max-seconds=200",
        // Prices where the defaults are 0 (no public price), so every provider's calls cost something here.
        "studio.providers.mubert.price=0.05 per-track",
        "studio.providers.beatoven.price=0.10 per-minute",
        "studio.providers.leonardo.price=0.002 per-api-credit",
        "studio.providers.budget-check-seconds=1",
        "studio.llm.api-key=" + ProviderStubs.LLM_KEY,
        "studio.llm.model=test-planner",
        "studio.providers.http.connect-timeout-ms=1000",
        "studio.providers.http.response-timeout-ms=1500",
        "studio.providers.retry.max-retries=3",
        "studio.providers.retry.initial-delay-ms=100",
        "studio.providers.retry.max-delay-ms=1500",
        "studio.providers.poll.interval-ms=100",
        "studio.providers.poll.deadline-seconds=20",
        "studio.providers.max-answer-bytes=8MB",
        "studio.providers.max-download-bytes.images=8MB",
        "studio.providers.call-timeout-seconds=4",
        // Quartz schedulers are per JVM and named after the Camel context: each context needs its own name.
        "camel.main.name=channel-studio-providers-${studio.music.provider}"})
@ContextConfiguration(initializers = ProviderStubs.class)
@Import(ProviderStubs.Media.class)
public @interface ProviderStubsTest {}
