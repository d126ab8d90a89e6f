package com.channelstudio.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A script calling Jolokia with the operator's Basic login, as it must: a POST (Jolokia answers nothing else) with the
 * XSRF token that any answer of the studio sets as a cookie, sent back in X-XSRF-TOKEN.
 */
public final class Jolokia {

    private Jolokia() {}

    /** @param headers extra headers, name then value, e.g. an Origin */
    public static ResponseEntity<String> post(TestRestTemplate operator, String request, String... headers) {
        String token = xsrfToken(operator.getForEntity("/actuator/health", String.class).getHeaders());
        HttpHeaders sent = new HttpHeaders();
        sent.setContentType(MediaType.APPLICATION_JSON);
        sent.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + token);
        sent.add("X-XSRF-TOKEN", token);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            sent.add(headers[i], headers[i + 1]);
        }
        return operator.postForEntity("/actuator/jolokia", new HttpEntity<>(request, sent), String.class);
    }

    private static String xsrfToken(HttpHeaders answer) {
        return answer.getOrEmpty(HttpHeaders.SET_COOKIE).stream().filter(line -> line.startsWith("XSRF-TOKEN="))
                .map(line -> line.substring("XSRF-TOKEN=".length(), line.indexOf(';') < 0 ? line.length() : line.indexOf(';')))
                .filter(value -> !value.isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie in " + answer));
    }
}
