package com.channelstudio.youtube;

import com.channelstudio.jobs.ConflictException;
import com.channelstudio.jobs.InvalidInputException;
import com.channelstudio.security.CredentialCipher;
import com.google.api.services.youtube.model.Channel;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * Connecting a channel to its YouTube account with a refresh token: the token must work (it is exchanged at once),
 * must belong to a Google account with a YouTube channel, and to the channel already recorded, if one is; it is
 * stored only encrypted.
 */
@Component("youtubeConnections")
public class ChannelConnections {

    static final int MAX_TOKEN = 2048;

    private final YoutubeAuthorization authorization;
    private final CredentialCipher cipher;

    public ChannelConnections(YoutubeAuthorization authorization, CredentialCipher cipher) {
        this.authorization = authorization;
        this.cipher = cipher;
    }

    /** @param channel the channel row ({@code id}, {@code youtube_channel_id}) */
    public Map<String, Object> connect(@Body NewYoutubeConnection request, @Header("channel") Map<String, Object> channel)
            throws IOException {
        String token = request == null ? null : request.refreshToken();
        if (token == null || token.isBlank()) {
            throw new InvalidInputException("refresh_token", "must not be empty");
        }
        if (token.length() > MAX_TOKEN || !token.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new InvalidInputException("refresh_token", "must be at most " + MAX_TOKEN + " visible ASCII characters, as Google issues them");
        }
        if (!cipher.hasKey()) {
            throw new ConflictException("refresh_token: not stored: " + CredentialCipher.NO_KEY);
        }
        String mine = youtubeChannelOf(token);
        Object recorded = channel.get("youtube_channel_id");
        if (recorded != null && !recorded.equals(mine)) {
            throw new ConflictException("refresh_token: belongs to YouTube channel " + mine + ", but this channel is recorded as "
                    + recorded + "; connect the Google account of " + recorded + ", or register another channel");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("channelId", channel.get("id"));
        row.put("youtubeChannelId", mine);
        row.put("encryptedToken", cipher.encrypt(token, String.valueOf(channel.get("id"))));
        return row;
    }

    private String youtubeChannelOf(String token) throws IOException {
        YoutubeAccess access;
        try {
            access = authorization.access(token);
        } catch (YoutubeNotConfiguredException e) {
            throw new ConflictException("refresh_token: cannot be checked: " + e.getMessage());
        } catch (RefreshTokenRefusedException e) {
            throw new InvalidInputException("refresh_token", "Google refused it (invalid_grant: revoked or expired); obtain a "
                    + "new one, and publish the OAuth app to production so it does not expire after 7 days");
        }
        List<Channel> channels = authorization.client(access.credential()).channels().list(List.of("id", "snippet"))
                .setMine(true).execute().getItems();
        if (channels == null || channels.isEmpty()) {
            throw new InvalidInputException("refresh_token", "belongs to a Google account without a YouTube channel");
        }
        return channels.get(0).getId();
    }
}
