package com.channelstudio.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The renders this instance runs and how many of their steps are done, for the API and the console. */
@Component("renderProgress")
public class RenderProgress {

    /** How far one render is: steps done of the steps it has (a corrective encode adds one). */
    public record Steps(int done, int total) {}

    private static final int RECENTLY_FINISHED = 64;

    private final Map<UUID, RenderPlan> running = new ConcurrentHashMap<>();
    /**
     * Renders that succeeded here, for the moment between their end and the job's move to the next stage, when the
     * job still reads {@code rendering}: without them its progress would fall back to where rendering begins.
     */
    private final Map<UUID, Steps> finished = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Steps> eldest) {
            return size() > RECENTLY_FINISHED;
        }
    });

    void started(RenderPlan plan) {
        finished.remove(plan.jobId());
        running.put(plan.jobId(), plan);
    }

    void ended(RenderPlan plan, boolean succeeded) {
        if (running.remove(plan.jobId(), plan) && succeeded) {
            finished.put(plan.jobId(), new Steps(plan.totalSteps(), plan.totalSteps()));
        }
    }

    /** The job's render on this instance (or the one that just succeeded here), or null if none. */
    public Steps of(UUID jobId) {
        RenderPlan plan = running.get(jobId);
        return plan == null ? finished.get(jobId) : new Steps(plan.stepsDone(), plan.totalSteps());
    }
}
