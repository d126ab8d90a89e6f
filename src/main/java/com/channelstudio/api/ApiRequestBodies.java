package com.channelstudio.api;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What an API request may carry before a route sees it: a JSON body (415 otherwise, so a cross-site form cannot
 * pass as a job), of at most {@code studio.api.max-body} (413), in valid UTF-8 (400). The body is read once here.
 */
public class ApiRequestBodies extends OncePerRequestFilter {

    private final long maxBytes;
    private final ObjectMapper json;

    ApiRequestBodies(long maxBytes, ObjectMapper json) {
        this.maxBytes = maxBytes;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        if (!hasBody) {
            chain.doFilter(request, response);
            return;
        }
        if (!isJson(request.getContentType())) {
            refuse(response, 415, new InvalidInputException("Content-Type",
                    "must be application/json (was " + request.getContentType() + ")"));
            return;
        }
        byte[] body = request.getContentLengthLong() > maxBytes ? null : request.getInputStream().readNBytes((int) maxBytes + 1);
        if (body == null || body.length > maxBytes) {
            refuse(response, 413, new InvalidInputException("body", "must be at most " + maxBytes + " bytes (studio.api.max-body)"));
            return;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            refuse(response, 400, new InvalidInputException("body", "must be UTF-8 text"));
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    /** application/json, in UTF-8 if a charset is named. */
    private static boolean isJson(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
                    && (type.getCharset() == null || type.getCharset().equals(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException unreadableOrUnknownCharset) {
            return false;
        }
    }

    private void refuse(HttpServletResponse response, int status, InvalidInputException why) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ApiErrors.invalid(why));
    }

    /** The request with its body already read. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<ApiRequestBodies> apiRequestBodies(StudioProperties properties, ObjectMapper json) {
            FilterRegistrationBean<ApiRequestBodies> registration =
                    new FilterRegistrationBean<>(new ApiRequestBodies(properties.api().maxBody().toBytes(), json));
            registration.addUrlPatterns("/api/*");
            return registration;
        }
    }
}
