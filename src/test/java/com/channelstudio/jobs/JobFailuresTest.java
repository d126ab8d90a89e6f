package com.channelstudio.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.security.SecretRedactor;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** A job's error_message: a cause too long for it is cut short, never what the operator can do about it. */
class JobFailuresTest {

    private final JobFailures failures = new JobFailures(new SecretRedactor(new MockEnvironment()));

    @Test
    void aLongCauseIsCutAndTheRemedyAndTheRetryStay() {
        String cause = "image 1 is a near copy; ".repeat(120);
        String message = failures.describe(failed(new AssetFailure("the check", cause, "Give the job other prompts")));

        assertThat(message).hasSize(JobFailures.MAX_LENGTH)
                .startsWith("Stage generating_image failed at the check: image 1 is a near copy; ")
                .endsWith("…. Give the job other prompts. Finished assets are kept; a retry makes only what is missing "
                        + "(POST /api/jobs/7d1e/retry).");
    }

    @Test
    void aShortOneIsWhole() {
        assertThat(failures.describe(failed(new AssetFailure("image 4 of 20", "Leonardo answered HTTP 401", "Check the key"))))
                .isEqualTo("Stage generating_image failed at image 4 of 20: Leonardo answered HTTP 401. Check the key. "
                        + "Finished assets are kept; a retry makes only what is missing (POST /api/jobs/7d1e/retry).");
        assertThat(failures.describe(failed(new IllegalStateException("disk full"))))
                .isEqualTo("Stage generating_image failed: disk full. "
                        + "Finished assets are kept; a retry makes only what is missing (POST /api/jobs/7d1e/retry).");
    }

    private static Exchange failed(Exception failure) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, failure);
        exchange.getIn().setHeader("stage", "generating_image");
        exchange.getIn().setHeader("jobId", "7d1e");
        return exchange;
    }
}
