package com.channelstudio.support;

import org.apache.camel.CamelContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Planned jobs stay waiting while a schedule test looks at what its firings made (the planning stage is stopped);
 * afterwards the schedules go, the jobs they planned are set aside as failed, and planning starts again.
 */
public final class HeldPlannedJobs {

    private HeldPlannedJobs() {}

    public static void hold(CamelContext context) throws Exception {
        context.getRouteController().stopRoute("stage-planned");
    }

    public static void release(JdbcTemplate jdbc, CamelContext context) throws Exception {
        jdbc.update("DELETE FROM channel_schedules");
        jdbc.update("UPDATE video_jobs SET status = 'failed' WHERE status = 'planned' AND upload_strategy IS NOT NULL");
        context.getRouteController().startRoute("stage-planned");
    }
}
