package com.channelstudio.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.channelstudio.config.StudioProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Refresh tokens are stored AES-GCM encrypted under studio.secrets.key, bound to their channel. */
class CredentialCipherTest {

    private static final String KEY = "q3Jt8yX4m0ZlXvC2n7d5Wb1KpQeS9uTgHhA6oFjLrMI=";
    private static final String TOKEN = "1//0gSECRET-refresh-token";

    @Test
    void aTokenIsStoredEncryptedAndOnlyItsChannelsRowDecryptsIt() {
        CredentialCipher cipher = cipher(KEY);
        String stored = cipher.encrypt(TOKEN, "channel-a");

        assertThat(stored).startsWith("aes-gcm:v1:").doesNotContain(TOKEN);
        assertThat(cipher.encrypt(TOKEN, "channel-a")).isNotEqualTo(stored);
        assertThat(cipher.decrypt(stored, "channel-a")).isEqualTo(TOKEN);
        assertThatThrownBy(() -> cipher.decrypt(stored, "channel-b")).hasMessageContaining("does not decrypt")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void withoutAKeyNothingIsStoredAndTheMessageSaysHowToMakeOne() {
        CredentialCipher cipher = cipher("");
        assertThat(cipher.hasKey()).isFalse();
        assertThatThrownBy(() -> cipher.encrypt(TOKEN, "channel-a")).hasMessageContaining("STUDIO_SECRETS_KEY")
                .hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void aKeyOfAnotherLengthIsRefusedAtStart() {
        assertThatThrownBy(() -> cipher("c2hvcnQ=")).hasMessage("studio.secrets.key must be the base64 of 32 bytes (was 5 bytes); "
                + "make one with `openssl rand -base64 32`");
    }

    private static CredentialCipher cipher(String key) {
        Binder binder = new Binder(new MapConfigurationPropertySource(java.util.Map.of("studio.secrets.key", key)));
        return new CredentialCipher(binder.bindOrCreate("studio", StudioProperties.class));
    }
}
