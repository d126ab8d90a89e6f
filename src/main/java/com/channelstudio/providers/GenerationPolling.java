package com.channelstudio.providers;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.AssetFailure;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The rules every asynchronous provider is polled by: a deadline per generation, a provider-side failure ends
 * the item at once, an unknown status is waited on until the deadline.
 */
@Component("generationPolling")
public class GenerationPolling {

    private final Duration deadline;
    private final Clock clock;

    @Autowired
    public GenerationPolling(StudioProperties properties) {
        this(properties, Clock.systemUTC());
    }

    GenerationPolling(StudioProperties properties, Clock clock) {
        this.deadline = Duration.ofSeconds(properties.providers().poll().deadlineSeconds());
        this.clock = clock;
    }

    public Generation start() {
        return Generation.pending("not asked yet").until(clock.instant().plus(deadline));
    }

    public Generation next(@Body JsonNode answer, @ExchangeProperty("poll") GenerationPoll poll,
            @ExchangeProperty("generation") Generation previous) {
        ProviderRequest request = poll.request();
        Generation now = poll.reader().apply(answer).until(previous.deadline());
        String label = request.provider().label();
        switch (now.state()) {
            case FAILED -> throw new AssetFailure(request.item(), label + " reports the generation failed (status "
                    + now.status() + ")", "Check " + label + "'s dashboard for this generation, then retry the job");
            case DONE -> {
                if (now.resultUrl() == null || now.resultUrl().isBlank()) {
                    throw new AssetFailure(request.item(), label + " reports the generation " + now.status()
                            + " but gives no file URL", "Retry the job; if it repeats, check " + label + "'s answers");
                }
                return now;
            }
            default -> {
                if (clock.instant().isAfter(previous.deadline())) {
                    throw new AssetFailure(request.item(), label + " did not finish the generation within "
                            + deadline.toSeconds() + " s (last status " + now.status() + ")",
                            "Retry the job later, or raise studio.providers.poll.deadline-seconds");
                }
                return now;
            }
        }
    }

    /** The request that fetches a finished generation's file. */
    public ProviderRequest download(@ExchangeProperty("poll") GenerationPoll poll,
            @ExchangeProperty("generation") Generation generation) {
        return poll.request().provider().download(poll.request().item(), generation.resultUrl());
    }
}
