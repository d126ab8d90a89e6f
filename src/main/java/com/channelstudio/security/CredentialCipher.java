package com.channelstudio.security;

import com.channelstudio.config.StudioProperties;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts credentials the studio stores (a channel's YouTube refresh token) with AES-256-GCM under the key of
 * {@code studio.secrets.key}. The row a credential belongs to is bound in as associated data, so a ciphertext
 * copied to another channel's row does not decrypt.
 */
@Component
public class CredentialCipher {

    static final String PREFIX = "aes-gcm:v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    public static final String NO_KEY = "studio.secrets.key (STUDIO_SECRETS_KEY) is not set, so no credential can be stored "
            + "encrypted; make one with `openssl rand -base64 32`, set STUDIO_SECRETS_KEY to it and restart";

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public CredentialCipher(StudioProperties properties) {
        this.key = key(properties.secrets().key());
    }

    public boolean hasKey() {
        return key != null;
    }

    public String encrypt(String plain, String boundTo) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, boundTo).doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt a credential: " + e.getClass().getSimpleName(), e);
        }
    }

    public String decrypt(String stored, String boundTo) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalStateException("the stored credential is not encrypted by this studio; connect the channel again");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            byte[] nonce = java.util.Arrays.copyOf(all, NONCE_BYTES);
            byte[] plain = cipher(Cipher.DECRYPT_MODE, nonce, boundTo).doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the stored credential does not decrypt with studio.secrets.key (another key, "
                    + "or a changed row); set the key it was stored with, or connect the channel again");
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String boundTo) throws GeneralSecurityException {
        if (key == null) {
            throw new IllegalStateException(NO_KEY);
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static SecretKey key(String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("studio.secrets.key must be base64 (make one with `openssl rand -base64 32`)");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("studio.secrets.key must be the base64 of 32 bytes (was " + bytes.length
                    + " bytes); make one with `openssl rand -base64 32`");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
