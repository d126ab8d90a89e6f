package com.channelstudio.jobs;

import com.channelstudio.security.SecretRedactor;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Turns the exception that stopped a stage into the job's {@code error_message}: which stage, which item, the
 * cause, and what the operator can do about it.
 */
@Component("jobFailures")
public class JobFailures {

    static final int MAX_LENGTH = 2000;

    private final SecretRedactor redactor;

    public JobFailures(SecretRedactor redactor) {
        this.redactor = redactor;
    }

    public String describe(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String stage = exchange.getIn().getHeader("stage", "unknown stage", String.class);
        AssetFailure asset = Causes.find(failure, AssetFailure.class);
        InvalidInputException invalid = Causes.find(failure, InvalidInputException.class);

        StringBuilder what = new StringBuilder("Stage ").append(stage).append(" failed");
        StringBuilder advice = new StringBuilder();
        if (asset != null) {
            what.append(" at ").append(asset.item()).append(": ").append(asset.getMessage());
            if (asset.getCause() != null) {
                what.append(" (").append(rootCause(asset.getCause())).append(')');
            }
            if (asset.remedy() != null) {
                advice.append(asset.remedy()).append(". ");
            }
        } else if (invalid != null) {
            what.append(": ").append(invalid.getMessage());
            advice.append("Correct the job row, then retry it. ");
        } else {
            what.append(": ").append(rootCause(failure));
        }
        advice.append("Finished assets are kept; a retry makes only what is missing "
                + "(POST /api/jobs/" + exchange.getIn().getHeader("jobId") + "/retry).");
        return shortened(redactor.redact(what.toString()), ". " + redactor.redact(advice.toString()));
    }

    /** A long cause is cut short, never the advice after it: what to do and how to retry always reach the operator. */
    private static String shortened(String what, String advice) {
        int room = MAX_LENGTH - advice.length();
        return (what.length() <= room ? what : what.substring(0, room - 1) + "…") + advice;
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root == null) {
            return "unknown cause";
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
