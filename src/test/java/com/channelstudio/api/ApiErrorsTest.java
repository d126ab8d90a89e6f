package com.channelstudio.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * A request that met a database outage longer than the studio's retries (studio.database.outage-retries, about two
 * minutes) was fine: it is answered 503 with Retry-After, not as an internal error, and the database's own words
 * stay in the log.
 */
class ApiErrorsTest {

    @Test
    void aDatabaseOutageAnswers503WithRetryAfter() {
        for (RuntimeException outage : new RuntimeException[] {
                new DataAccessResourceFailureException("PreparedStatementCallback; FATAL: terminating connection due to administrator command"),
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", new SQLException("Connection refused"))}) {
            Exchange exchange = new DefaultExchange(new DefaultCamelContext());
            exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new IllegalStateException("route failed", outage));

            Map<String, Object> body = new ApiErrors().describe(exchange);

            assertThat(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(503);
            assertThat(exchange.getMessage().getHeader("Retry-After")).isEqualTo(10);
            assertThat(body).containsExactly(Map.entry("error", "the studio's database is not answering (restarting or out "
                    + "of reach); send the request again in a moment"));
        }
    }
}
