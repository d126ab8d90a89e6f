package com.channelstudio.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.BrowserSession;
import com.channelstudio.support.StudioTest;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Responses once came with a header line {@code ": "} and without some security headers. Spring
 * Security's header writer ran on the container thread while platform-http wrote the response from a Camel thread.
 * Many requests at once, each read off the socket as it arrives: every one must parse and carry each header once.
 */
@StudioTest
@Tag("slow")
class SecurityHeadersUnderLoadTest {

    static final int THREADS = 32;
    static final int REQUESTS_PER_THREAD = 300;
    static final List<String> SECURITY_HEADERS = List.of("x-content-type-options", "x-xss-protection", "cache-control",
            "pragma", "expires", "x-frame-options");

    @LocalServerPort
    int port;

    @Test
    void everyResponseCarriesEachSecurityHeaderExactlyOnce() throws Exception {
        // A form login's session, so the load tests the headers rather than password hashing.
        String session = BrowserSession.login(port).sessionCookie();
        Map<String, AtomicInteger> faults = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                runs.add(threads.submit(() -> {
                    for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                        String fault = check(session);
                        if (fault != null) {
                            faults.computeIfAbsent(fault, f -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(new TreeMap<>(faults)).as("faults among %d responses", THREADS * REQUESTS_PER_THREAD).isEmpty();
    }

    /** One request that fails validation; null if its response is whole, else what is wrong with it. */
    private String check(String session) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/jobs/not-a-uuid HTTP/1.1\r\nHost: localhost\r\nCookie: " + session
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String status = line(in);
            if (!status.startsWith("HTTP/1.1 400")) {
                return "status line " + status;
            }
            Map<String, Integer> counts = new TreeMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                if (colon <= 0) {
                    return "malformed header line <" + header + ">";
                }
                counts.merge(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            for (String name : SECURITY_HEADERS) {
                if (counts.getOrDefault(name, 0) != 1) {
                    return name + " " + counts.getOrDefault(name, 0) + " times";
                }
            }
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return body.contains("must be a UUID") ? null : "body without the rule";
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("response cut off");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
    }
}
