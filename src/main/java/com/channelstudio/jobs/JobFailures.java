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
        AssetFailure asset = find(failure, AssetFailure.class);
        InvalidJobException invalid = find(failure, InvalidJobException.class);

        StringBuilder message = new StringBuilder("Stage ").append(stage).append(" failed");
        if (asset != null) {
            message.append(" at ").append(asset.item());
        }
        message.append(": ").append(causeOf(asset != null ? asset : failure)).append(". ");
        if (asset != null && asset.remedy() != null) {
            message.append(asset.remedy()).append(". ");
        } else if (invalid != null) {
            message.append("Correct the job row, then retry it. ");
        }
        message.append("Finished assets are kept; a retry makes only what is missing "
                + "(POST /api/jobs/{id}/retry, or UPDATE video_jobs SET status = '")
                .append(stage).append("' WHERE id = ...).");
        String text = redactor.redact(message.toString());
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    private static String causeOf(Throwable failure) {
        if (failure == null) {
            return "unknown cause";
        }
        StringBuilder cause = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable inner = failure.getCause(); inner != null && inner != inner.getCause(); inner = inner.getCause()) {
            if (inner.getMessage() != null && !cause.toString().contains(inner.getMessage())) {
                cause.append(" (").append(inner.getMessage()).append(')');
            }
        }
        return cause.toString();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
