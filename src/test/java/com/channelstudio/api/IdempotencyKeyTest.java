package com.channelstudio.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.Jobs;
import com.channelstudio.support.StudioTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** A client that sends its job request again with the same Idempotency-Key gets one job, not two. */
@StudioTest
class IdempotencyKeyTest {

    private static final String JOB = "{\"mood_keywords\": \"calm\", \"target_duration_minutes\": 60}";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theSameRequestSentAgainAnswersTheJobTheFirstOneMade() throws Exception {
        UUID channel = new Jobs(jdbc).channel("Rain and Nature");
        String key = UUID.randomUUID().toString();

        ResponseEntity<String> first = createJob(channel, key, JOB);
        ResponseEntity<String> again = createJob(channel, key, JOB);

        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
        assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(200);
        assertThat(id(again)).isEqualTo(id(first));
        assertThat(json.readTree(again.getBody()).get("target_duration_minutes").asInt()).isEqualTo(60);
        assertThat(jobsOf(channel)).isOne();
    }

    @Test
    void theSameKeyForAnotherRequestIsRefusedNamingTheHeader() throws Exception {
        UUID channel = new Jobs(jdbc).channel("Rain and Nature");
        String key = UUID.randomUUID().toString();
        String firstJob = id(createJob(channel, key, JOB));

        ResponseEntity<String> other = createJob(channel, key, JOB.replace("60", "75"));

        assertThat(other.getStatusCode().value()).as(other.getBody()).isEqualTo(409);
        assertThat(json.readTree(other.getBody()).get("error").asText())
                .isEqualTo("Idempotency-Key: already used for a different request (another channel or body) that made job "
                        + firstJob + "; send a new key for a new job");
        assertThat(jobsOf(channel)).isOne();
    }

    @Test
    void repeatsArrivingTogetherMakeOneJob() throws Exception {
        UUID channel = new Jobs(jdbc).channel("Rain and Nature");
        String key = UUID.randomUUID().toString();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(clients.submit((Callable<ResponseEntity<String>>) () -> createJob(channel, key, JOB)));
            }
            Set<String> ids = new HashSet<>();
            for (Future<ResponseEntity<String>> answer : answers) {
                assertThat(answer.get().getStatusCode().value()).as(answer.get().getBody()).isIn(200, 201);
                ids.add(id(answer.get()));
            }
            assertThat(ids).hasSize(1);
        } finally {
            clients.shutdownNow();
        }
        assertThat(jobsOf(channel)).isOne();
    }

    @Test
    void aKeyThatIsNotPrintableAsciiIsRefused() throws Exception {
        UUID channel = new Jobs(jdbc).channel("Rain and Nature");
        ResponseEntity<String> answer = createJob(channel, "x".repeat(256), JOB);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(json.readTree(answer.getBody()).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(jobsOf(channel)).isZero();
    }

    private ResponseEntity<String> createJob(UUID channel, String key, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return http.withBasicAuth("operator", "test-operator-secret")
                .postForEntity("/api/channels/" + channel + "/jobs", new HttpEntity<>(body, headers), String.class);
    }

    private String id(ResponseEntity<String> answer) throws Exception {
        return json.readTree(answer.getBody()).get("id").asText();
    }

    private int jobsOf(UUID channel) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM video_jobs WHERE channel_id = ?", Integer.class, channel);
    }
}
