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

        StringBuilder message = new StringBuilder("Stage ").append(stage).append(" failed");
        if (asset != null) {
            message.append(" at ").append(asset.item()).append(": ").append(asset.getMessage());
            if (asset.getCause() != null) {
                message.append(" (").append(rootCause(asset.getCause())).append(')');
            }
            message.append(". ");
            if (asset.remedy() != null) {
                message.append(asset.remedy()).append(". ");
            }
        } else if (invalid != null) {
            message.append(": ").append(invalid.getMessage()).append(". Correct the job row, then retry it. ");
        } else {
            message.append(": ").append(rootCause(failure)).append(". ");
        }
        message.append("Finished assets are kept; a retry makes only what is missing "
                + "(POST /api/jobs/" + exchange.getIn().getHeader("jobId") + "/retry).");
        String text = redactor.redact(message.toString());
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
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
