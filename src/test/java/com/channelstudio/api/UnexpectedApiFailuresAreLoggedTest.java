package com.channelstudio.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A 500 tells the client only to look at the log, and the log has it once, with its cause. */
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedApiFailuresAreLoggedTest {

    @Test
    void a500IsLoggedOnceWithTheRequestAndItsCause(CapturedOutput log) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setHeader(Exchange.HTTP_METHOD, "POST");
        exchange.getMessage().setHeader(Exchange.HTTP_URI, "/api/channels");
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT,
                new IllegalStateException("no connection", new SQLException("the database refused the connection")));

        Map<String, Object> body = new ApiErrors().describe(exchange);

        assertThat(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(500);
        assertThat(body).containsEntry("error", "internal error; see the studio log");
        assertThat(log.getOut().split("API POST /api/channels answered 500", -1)).hasSize(2);
        assertThat(log.getOut()).contains("java.lang.IllegalStateException: no connection",
                "Caused by: java.sql.SQLException: the database refused the connection");
    }
}
