package com.channelstudio.jobs;

import com.channelstudio.config.StudioProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * SIGTERM (or any orderly stop) with work in flight: stop claiming, stop the renders' FFmpeg processes, let the
 * provider items in flight finish within {@code studio.shutdown.grace-seconds}, then give back every claim still
 * held, closing its render attempt, so the next start or another instance takes the job over at once instead of
 * after the lease. Runs before Camel's routes and the embedded database stop.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class GracefulShutdown implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(GracefulShutdown.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final JobClaims claims;
    private final ProducerTemplate camel;
    private final Duration grace;

    public GracefulShutdown(JobClaims claims, ProducerTemplate camel, StudioProperties properties) {
        this.claims = claims;
        this.camel = camel;
        this.grace = Duration.ofSeconds(properties.shutdown().graceSeconds());
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        claims.stopClaiming();
        List<VideoJob> working = claims.inFlight();
        if (working.isEmpty()) {
            return;
        }
        log.warn("Stopping with {} job(s) in flight: no new claims, renders stopped, provider calls in flight get up to {} s",
                working.size(), grace.toSeconds());
        claims.stopProcesses("rendering");
        if (!waitUntilIdle(grace)) {
            claims.stopProcesses(null);
        }
        for (VideoJob job : claims.inFlight()) {
            camel.sendBodyAndProperty("direct:give-back-claim", null, "job", job);
            log.warn("Job {}: claim given back at shutdown with its stage ({}) unfinished", job.id(), job.status());
        }
        waitUntilIdle(Duration.ofSeconds(5));
    }

    private boolean waitUntilIdle(Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (!claims.inFlight().isEmpty() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return claims.inFlight().isEmpty();
    }
}
