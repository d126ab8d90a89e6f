-- Takes the consent the callback's state names, once: whichever instance gets the callback, a second one with the
-- same state finds nothing.
DELETE FROM youtube_oauth_states
 WHERE state_sha256 = :#stateSha256
RETURNING state_sha256, channel_id, code_verifier, expires_at > CURRENT_TIMESTAMP AS fresh
