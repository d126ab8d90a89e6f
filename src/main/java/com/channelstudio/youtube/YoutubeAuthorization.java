package com.channelstudio.youtube;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.InvalidInputException;
import com.channelstudio.security.CredentialCipher;
import com.channelstudio.security.SecretRedactor;
import com.google.api.client.auth.oauth2.AuthorizationCodeTokenRequest;
import com.google.api.client.auth.oauth2.BearerToken;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.auth.oauth2.CredentialRefreshListener;
import com.google.api.client.auth.oauth2.TokenErrorResponse;
import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.youtube.YouTube;
import java.io.IOException;
import java.util.Map;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * How a channel's refresh token becomes an authorised YouTube client: the token is exchanged at
 * {@code studio.youtube.oauth-token-url} at once (Google's answer is the check that it is still good), and every
 * access token obtained is redacted from then on.
 */
@Component("youtubeAuthorization")
public class YoutubeAuthorization {

    static final JsonFactory JSON = GsonFactory.getDefaultInstance();

    private final HttpTransport transport = new NetHttpTransport();
    private final StudioProperties.Youtube config;
    private final SecretRedactor redactor;
    private final CredentialCipher cipher;

    public YoutubeAuthorization(StudioProperties properties, SecretRedactor redactor, CredentialCipher cipher) {
        this.config = properties.youtube();
        this.redactor = redactor;
        this.cipher = cipher;
    }

    /** @param channel a connected channel's row ({@code id}, {@code youtube_refresh_token} as stored, encrypted) */
    public YoutubeAccess channelAccess(@Header("channel") Map<String, Object> channel) throws IOException {
        return access(cipher.decrypt((String) channel.get("youtube_refresh_token"), String.valueOf(channel.get("id"))));
    }

    /**
     * @throws RefreshTokenRefusedException Google answered {@code invalid_grant}
     * @throws YoutubeNotConfiguredException no OAuth client is configured
     */
    public YoutubeAccess access(String refreshToken) throws IOException {
        redactor.remember(refreshToken);
        if (!configured()) {
            throw new YoutubeNotConfiguredException();
        }
        Credential credential = new Credential.Builder(BearerToken.authorizationHeaderAccessMethod())
                .setTransport(transport)
                .setJsonFactory(JSON)
                .setTokenServerUrl(new GenericUrl(config.oauthTokenUrl()))
                .setClientAuthentication(new ClientParametersAuthentication(config.clientId(), config.clientSecret()))
                .addRefreshListener(new RememberAccessTokens())
                .build()
                .setRefreshToken(refreshToken);
        try {
            credential.refreshToken();
        } catch (TokenResponseException e) {
            if (e.getDetails() != null && "invalid_grant".equals(e.getDetails().getError())) {
                throw new RefreshTokenRefusedException();
            }
            throw refused(e);
        }
        return new YoutubeAccess(credential, transport, JSON);
    }

    private boolean configured() {
        return config.clientId() != null && !config.clientId().isBlank() && config.clientSecret() != null && !config.clientSecret().isBlank();
    }

    private static IOException refused(TokenResponseException e) {
        return new IOException("the OAuth token endpoint answered " + e.getStatusCode()
                + (e.getDetails() == null ? "" : " " + e.getDetails().getError()));
    }

    /**
     * The refresh token a consent's authorisation code is exchanged for, with the consent's PKCE code verifier.
     *
     * @throws InvalidInputException Google refused the code ({@code invalid_grant})
     */
    String refreshTokenFor(String code, String codeVerifier) throws IOException {
        redactor.remember(code);
        redactor.remember(codeVerifier);
        if (!configured()) {
            throw new YoutubeNotConfiguredException();
        }
        TokenResponse response;
        try {
            response = new AuthorizationCodeTokenRequest(transport, JSON, new GenericUrl(config.oauthTokenUrl()), code)
                    .setRedirectUri(config.redirectUri())
                    .setClientAuthentication(new ClientParametersAuthentication(config.clientId(), config.clientSecret()))
                    .set("code_verifier", codeVerifier)
                    .execute();
        } catch (TokenResponseException e) {
            if (e.getDetails() != null && "invalid_grant".equals(e.getDetails().getError())) {
                throw new InvalidInputException("code", "Google refused it (invalid_grant: expired, used already, or not "
                        + "issued for this consent); start again with GET /api/channels/{id}/youtube/connect");
            }
            throw refused(e);
        }
        redactor.remember(response.getAccessToken());
        redactor.remember(response.getRefreshToken());
        return response.getRefreshToken();
    }

    /** The client for these requests, at {@code studio.youtube.api-base-url}. */
    YouTube client(HttpRequestInitializer initializer) {
        String root = config.apiBaseUrl().endsWith("/") ? config.apiBaseUrl() : config.apiBaseUrl() + "/";
        return new YouTube.Builder(transport, JSON, initializer).setRootUrl(root).setApplicationName("channel-studio").build();
    }

    private final class RememberAccessTokens implements CredentialRefreshListener {
        @Override
        public void onTokenResponse(Credential credential, TokenResponse response) {
            redactor.remember(response.getAccessToken());
        }

        @Override
        public void onTokenErrorResponse(Credential credential, TokenErrorResponse response) {
            // the refresh's caller reports it
        }
    }
}
