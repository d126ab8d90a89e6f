package com.channelstudio.api;

import org.apache.camel.Exchange;
import org.apache.camel.http.common.HttpHeaderFilterStrategy;
import org.springframework.stereotype.Component;

/**
 * Which message headers an API answer carries as HTTP headers: its Content-Type, and a redirect's Location, only.
 * platform-http otherwise
 * sends back every header on the message, the request's own Authorization and Cookie among them.
 */
@Component("apiResponseHeaders")
public class ApiResponseHeaders extends HttpHeaderFilterStrategy {

    @Override
    public boolean applyFilterToCamelHeaders(String headerName, Object headerValue, Exchange exchange) {
        return !(Exchange.CONTENT_TYPE.equalsIgnoreCase(headerName) || "Location".equalsIgnoreCase(headerName));
    }
}
