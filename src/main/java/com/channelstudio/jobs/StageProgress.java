package com.channelstudio.jobs;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Progress of the fan-out stages (tracks, images) of the jobs this instance works on, for logs and the API. */
@Component("stageProgress")
public class StageProgress {

    private static final Logger log = LoggerFactory.getLogger(StageProgress.class);

    /** One stage of one job: how many of its items are made out of how many were missing. */
    public record Counter(UUID jobId, String kind, int total, AtomicInteger done) {

        public int percent() {
            return total == 0 ? 100 : done.get() * 100 / total;
        }
    }

    private final Map<UUID, Counter> running = new ConcurrentHashMap<>();

    public Counter start(UUID jobId, String kind, int total) {
        Counter counter = new Counter(jobId, kind, total, new AtomicInteger());
        running.put(jobId, counter);
        log.info("Job {} {}: {} to make", jobId, kind, total);
        return counter;
    }

    public void itemDone(Counter counter) {
        int done = counter.done().incrementAndGet();
        log.info("Job {} {}: {}/{} made ({}%)", counter.jobId(), counter.kind(), done, counter.total(), counter.percent());
        if (done >= counter.total()) {
            running.remove(counter.jobId(), counter);
        }
    }

    /** The job's stage stopped before all its items were made (it failed): nothing more will be counted. */
    public void stopped(UUID jobId) {
        running.remove(jobId);
    }

    public Counter of(UUID jobId) {
        return running.get(jobId);
    }
}
