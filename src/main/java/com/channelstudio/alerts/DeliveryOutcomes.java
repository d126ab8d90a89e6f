package com.channelstudio.alerts;

import com.channelstudio.jobs.Causes;
import com.channelstudio.security.SecretRedactor;
import jakarta.mail.SendFailedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Locale;
import org.apache.camel.Exchange;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.stereotype.Component;

/**
 * How a delivery attempt ended: the webhook's answer read (2xx is delivered), and any failure described as a
 * {@link DeliveryFailure}; counted by destination and outcome ({@code studio_alert_deliveries_total}).
 */
@Component("deliveryOutcomes")
public class DeliveryOutcomes {

    private static final int MAX_ANSWER = 200;

    private final SecretRedactor redactor;
    private final AlertMetrics metrics;

    public DeliveryOutcomes(SecretRedactor redactor, AlertMetrics metrics) {
        this.redactor = redactor;
        this.metrics = metrics;
    }

    /** A webhook answer other than 2xx: 5xx, 408 and 429 may pass later; any other refuses this message for good. */
    public void ensureAccepted(Exchange exchange) {
        int status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        if (status >= 200 && status < 300) {
            return;
        }
        String answer = exchange.getMessage().getBody(String.class);
        String shown = answer == null || answer.isBlank() ? "" : ": " + answer.strip().substring(0, Math.min(MAX_ANSWER, answer.strip().length()));
        throw new DeliveryRefusedException(new DeliveryFailure(status >= 500 || status == 408 || status == 429,
                redactor.redact("the webhook answered HTTP " + status + shown)));
    }

    /** The failure of the attempt that just failed ({@link Exchange#EXCEPTION_CAUGHT}). */
    public DeliveryFailure describe(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        DeliveryRefusedException refused = Causes.find(failure, DeliveryRefusedException.class);
        if (refused != null) {
            return refused.failure();
        }
        if (Causes.find(failure, SocketTimeoutException.class) != null) {
            return new DeliveryFailure(true, "no answer in time (" + failure.getClass().getSimpleName() + ")");
        }
        if (Causes.find(failure, ConnectException.class) != null) {
            return new DeliveryFailure(true, "the connection was refused");
        }
        SendFailedException badAddress = Causes.find(failure, SendFailedException.class);
        if (badAddress != null || Causes.find(failure, MailParseException.class) != null
                || Causes.find(failure, MailPreparationException.class) != null) {
            return new DeliveryFailure(false, redactor.redact("the SMTP server refused the message: " + message(failure)));
        }
        if (Causes.find(failure, MailAuthenticationException.class) != null) {
            return new DeliveryFailure(true, "the SMTP server refused the login (spring.mail.username, spring.mail.password)");
        }
        if (Causes.find(failure, MailException.class) != null || Causes.find(failure, IOException.class) != null) {
            return new DeliveryFailure(true, redactor.redact(message(failure)));
        }
        return new DeliveryFailure(false, redactor.redact(message(failure)));
    }

    /** Counts the attempt: delivered, failed (tried again) or undeliverable. */
    public void count(String destination, String state) {
        metrics.delivery(destination, switch (state.toLowerCase(Locale.ROOT)) {
            case "delivered" -> "delivered";
            case "pending" -> "failed";
            default -> "undeliverable";
        });
    }

    private static String message(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }
}
