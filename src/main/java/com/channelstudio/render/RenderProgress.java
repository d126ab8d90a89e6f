package com.channelstudio.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/** The renders this instance runs and how many of their steps are done, for the API and the console. */
@Component("renderProgress")
public class RenderProgress {

    private static final int RECENTLY_FINISHED = 64;

    private final Map<UUID, RenderRun> running = new ConcurrentHashMap<>();
    /**
     * Renders that succeeded here, for the moment between their end and the job's move to the next stage, when the
     * job still reads {@code rendering}: without them its progress would fall back to where rendering begins.
     */
    private final Map<UUID, RenderRun.Steps> finished = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, RenderRun.Steps> eldest) {
            return size() > RECENTLY_FINISHED;
        }
    });

    /** A render attempt begins: its run record, which its steps write to. */
    public RenderRun started(@ExchangeProperty("renderPlan") RenderPlan plan) {
        RenderRun run = new RenderRun(plan);
        finished.remove(plan.jobId());
        running.put(plan.jobId(), run);
        return run;
    }

    /** The attempt ended, well or not (it may have failed before its run began). */
    public void ended(@ExchangeProperty("renderRun") RenderRun run, Exchange exchange) {
        boolean succeeded = exchange.getProperty(Exchange.EXCEPTION_CAUGHT) == null;
        if (run != null && running.remove(run.jobId(), run) && succeeded) {
            RenderRun.Steps steps = run.steps();
            finished.put(run.jobId(), new RenderRun.Steps(steps.total(), steps.total()));
        }
    }

    /** The job's render on this instance (or the one that just succeeded here), or null if none. */
    public RenderRun.Steps of(UUID jobId) {
        RenderRun run = running.get(jobId);
        return run == null ? finished.get(jobId) : run.steps();
    }
}
