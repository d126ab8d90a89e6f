package com.channelstudio.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * When a test class is done, the jobs it left in the pipeline are set aside: claimed for good under a name no
 * studio has, with a new claim token, so a stage working on one stops at its next fenced write and none is taken up
 * again. Stages take the oldest job first, so a job a class made only to look at its row (a request, an
 * idempotency key) would otherwise be made into a whole video in front of every later class's job, on the same
 * two cores.
 */
public class UnfinishedJobsAreSetAside implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) {
        JdbcTemplate jdbc = SpringExtension.getApplicationContext(context).getBean(JdbcTemplate.class);
        jdbc.update("UPDATE video_jobs SET claimed_by = ?, claim_token = gen_random_uuid(), claimed_at = CURRENT_TIMESTAMP, "
                + "lease_expires_at = 'infinity' WHERE status NOT IN ('completed', 'failed')",
                "set aside after " + context.getRequiredTestClass().getSimpleName());
    }
}
