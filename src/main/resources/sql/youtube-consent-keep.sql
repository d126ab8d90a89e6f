-- Keeps a consent the connect call started until its callback takes it; consents expired a day ago are forgotten
-- on the way (until then a late callback is told it expired).
WITH forgotten AS (DELETE FROM youtube_oauth_states WHERE expires_at < CURRENT_TIMESTAMP - INTERVAL '1 day')
INSERT INTO youtube_oauth_states (state_sha256, channel_id, code_verifier, expires_at)
VALUES (:#${body[stateSha256]}, :#${body[channelId]}, :#${body[encryptedVerifier]},
        CURRENT_TIMESTAMP + CAST(:#${body[minutes]} AS INTEGER) * INTERVAL '1 minute')
