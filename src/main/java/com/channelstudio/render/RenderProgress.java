package com.channelstudio.render;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The renders this instance runs and how many of their steps are done, for the API and the console. */
@Component("renderProgress")
public class RenderProgress {

    /** How far one render is: steps done of the steps it has (a corrective encode adds one). */
    public record Steps(int done, int total) {}

    private final Map<UUID, RenderPlan> running = new ConcurrentHashMap<>();

    void started(RenderPlan plan) {
        running.put(plan.jobId(), plan);
    }

    void ended(RenderPlan plan) {
        running.remove(plan.jobId(), plan);
    }

    /** The job's render on this instance, or null if none runs here. */
    public Steps of(UUID jobId) {
        RenderPlan plan = running.get(jobId);
        return plan == null ? null : new Steps(plan.stepsDone(), plan.totalSteps());
    }
}
