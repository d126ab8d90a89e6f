package com.channelstudio.api;

import com.channelstudio.jobs.ConflictException;
import com.channelstudio.jobs.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * The {@code Idempotency-Key} header of job creation: what a key may be, the fingerprint that tells a repeated
 * request from another one, and the answer a repeat gets (the job the first request made).
 */
@Component("idempotentRequests")
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY = 255;

    /** The request's key, or null without one. */
    public String key(@Header(HEADER) String key) {
        if (key != null && (key.isEmpty() || key.length() > MAX_KEY || !key.chars().allMatch(c -> c > ' ' && c < 127))) {
            throw new InvalidInputException(HEADER, "must be 1 to " + MAX_KEY + " visible ASCII characters, e.g. a UUID");
        }
        return key;
    }

    /** SHA-256 of the channel the job is for and the body as sent. */
    public String fingerprint(@Header("id") String channel, @Body String body) throws NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update((channel + "\n").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** @param earlier the job an earlier request with this key made, with that request's {@code request_sha256} */
    public Map<String, Object> earlierJob(@Header("earlier") Map<String, Object> earlier,
            @Header("requestSha256") String requestSha256) {
        if (!requestSha256.equals(earlier.get("request_sha256"))) {
            throw new ConflictException(HEADER + ": already used for a different request (another channel or body) that "
                    + "made job " + earlier.get("id") + "; send a new key for a new job");
        }
        Map<String, Object> job = new LinkedHashMap<>(earlier);
        job.remove("request_sha256");
        return job;
    }
}
