package com.channelstudio.youtube;

import com.channelstudio.jobs.ConflictException;
import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.InvalidInputException;
import com.channelstudio.security.CredentialCipher;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * Connecting a channel by browser, OAuth's authorisation code flow with PKCE: the operator's browser is sent to
 * Google's consent page with a fresh {@code state} and code challenge, and Google sends it back to
 * {@code studio.youtube.redirect-uri} with a code, which is exchanged for the refresh token (then checked and
 * stored as a headless connection is). The state is single use and expires; only its hash is kept.
 */
@Component("youtubeConsent")
public class YoutubeConsent {

    static final List<String> SCOPES = List.of(
            "https://www.googleapis.com/auth/youtube.upload",
            "https://www.googleapis.com/auth/youtube.readonly",
            "https://www.googleapis.com/auth/yt-analytics.readonly",
            "https://www.googleapis.com/auth/yt-analytics-monetary.readonly");
    static final String START_AGAIN = "start again with GET /api/channels/{id}/youtube/connect";

    private final StudioProperties.Youtube config;
    private final CredentialCipher cipher;
    private final YoutubeAuthorization authorization;
    private final SecureRandom random = new SecureRandom();

    public YoutubeConsent(StudioProperties properties, CredentialCipher cipher, YoutubeAuthorization authorization) {
        this.config = properties.youtube();
        this.cipher = cipher;
        this.authorization = authorization;
    }

    /**
     * A new consent for the channel: the row to keep ({@code stateSha256}, {@code channelId}, the code verifier
     * encrypted, {@code minutes}) and the consent page's address ({@code location}).
     */
    public Map<String, Object> start(@Header("channel") Map<String, Object> channel) {
        if (blank(config.clientId()) || blank(config.clientSecret())) {
            throw new ConflictException("youtube: cannot connect: " + YoutubeNotConfiguredException.MESSAGE);
        }
        if (blank(config.redirectUri())) {
            throw new ConflictException("youtube: cannot connect by browser: studio.youtube.redirect-uri (STUDIO_YOUTUBE_REDIRECT_URI) "
                    + "must be set to the studio's address ending in /oauth/youtube/callback, registered as an authorised "
                    + "redirect URI of the OAuth client; or connect headless with PUT /api/channels/{id}/youtube");
        }
        if (!cipher.hasKey()) {
            throw new ConflictException("youtube: cannot connect: " + CredentialCipher.NO_KEY);
        }
        String state = randomText();
        String verifier = randomText();
        String stateSha256 = sha256Hex(state);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", config.clientId());
        query.put("redirect_uri", config.redirectUri());
        query.put("scope", String.join(" ", SCOPES));
        query.put("access_type", "offline");
        query.put("prompt", "consent");
        query.put("include_granted_scopes", "true");
        query.put("state", state);
        query.put("code_challenge", Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier)));
        query.put("code_challenge_method", "S256");
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("stateSha256", stateSha256);
        consent.put("channelId", channel.get("id"));
        consent.put("encryptedVerifier", cipher.encrypt(verifier, stateSha256));
        consent.put("minutes", config.oauthStateMinutes());
        consent.put("location", config.oauthAuthorizeUrl() + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&")));
        return consent;
    }

    /** The body of the redirect to Google: what it is, and for how long it may be used. */
    public Map<String, Object> redirectAnswer(@Body Map<String, Object> consent) {
        return Map.of("redirect", "Google's consent page, valid for " + consent.get("minutes") + " minutes");
    }

    /** What the callback's {@code state} is kept under. */
    public String stateKey(@Header("state") String state) {
        if (blank(state)) {
            throw new InvalidInputException("state", "missing: this address is where Google sends the browser back after "
                    + "consent; " + START_AGAIN);
        }
        return sha256Hex(state);
    }

    /**
     * The refresh token Google gives for the callback's code, as a connection to check and store.
     *
     * @param consent the consent the state named, taken from the database (null: unknown, or used already)
     * @param error Google's {@code error} when the owner did not consent (e.g. {@code access_denied})
     */
    public NewYoutubeConnection refreshToken(@Header("consent") Map<String, Object> consent, @Header("code") String code,
            @Header("error") String error) throws IOException {
        if (consent == null) {
            throw new InvalidInputException("state", "unknown or used already (each consent comes back once); " + START_AGAIN);
        }
        if (!Boolean.TRUE.equals(consent.get("fresh"))) {
            throw new InvalidInputException("state", "expired: a consent must come back within " + config.oauthStateMinutes()
                    + " minutes (studio.youtube.oauth-state-minutes); " + START_AGAIN);
        }
        if (!blank(error)) {
            throw new InvalidInputException("error", "Google answered " + error.replaceAll("[^A-Za-z0-9_.-]", "")
                    + ": the channel's owner did not give the studio access; nothing changed. " + START_AGAIN);
        }
        if (blank(code)) {
            throw new InvalidInputException("code", "missing from Google's answer; " + START_AGAIN);
        }
        String verifier = cipher.decrypt((String) consent.get("code_verifier"), (String) consent.get("state_sha256"));
        String refreshToken = authorization.refreshTokenFor(code, verifier);
        if (blank(refreshToken)) {
            throw new InvalidInputException("code", "Google gave no refresh token for it (the consent screen was skipped); " + START_AGAIN);
        }
        return new NewYoutubeConnection(refreshToken);
    }

    private String randomText() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
