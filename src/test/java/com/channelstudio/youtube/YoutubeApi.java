package com.channelstudio.youtube;

import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The calls an operator makes, logged in. */
final class YoutubeApi {

    private YoutubeApi() {}

    static TestRestTemplate operator(TestRestTemplate http) {
        return http.withBasicAuth("operator", "test-operator-secret");
    }

    static ResponseEntity<String> connect(TestRestTemplate http, UUID channel, String refreshToken) {
        return send(http, HttpMethod.PUT, "/api/channels/" + channel + "/youtube", "{\"refresh_token\": \"" + refreshToken + "\"}");
    }

    static ResponseEntity<String> send(TestRestTemplate http, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return operator(http).exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
