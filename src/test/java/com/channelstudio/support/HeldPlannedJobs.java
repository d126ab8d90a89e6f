package com.channelstudio.support;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For schedule tests ({@code @ExtendWith(HeldPlannedJobs.class)} after {@code @StudioTest}): planned jobs stay waiting
 * while a test looks at what its firings made (the planning stage is stopped), so a channel's count of waiting jobs
 * is what its schedule made; afterwards the schedules go, the jobs they planned are set aside as failed, and planning
 * starts again.
 */
public final class HeldPlannedJobs implements BeforeEachCallback, AfterEachCallback {

    private static final String PLANNING = "stage-planned";

    @Override
    public void beforeEach(ExtensionContext test) throws Exception {
        SpringExtension.getApplicationContext(test).getBean(CamelContext.class).getRouteController().stopRoute(PLANNING);
    }

    @Override
    public void afterEach(ExtensionContext test) throws Exception {
        ApplicationContext studio = SpringExtension.getApplicationContext(test);
        JdbcTemplate jdbc = studio.getBean(JdbcTemplate.class);
        jdbc.update("DELETE FROM channel_schedules");
        jdbc.update("UPDATE video_jobs SET status = 'failed' WHERE status = 'planned' AND upload_strategy IS NOT NULL");
        studio.getBean(CamelContext.class).getRouteController().startRoute(PLANNING);
    }
}
