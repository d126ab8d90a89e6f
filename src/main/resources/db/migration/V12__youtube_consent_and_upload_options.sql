-- Additions to the seed schema; nothing here removes or loosens what V1 created.

-- Consents started by GET /api/channels/{id}/youtube/connect and not yet come back: the callback takes (deletes)
-- its row, so a state is used once, by whichever instance Google's redirect reaches. Only the state's SHA-256 is
-- kept, and the PKCE code verifier only encrypted (studio.secrets.key, bound to that hash).
CREATE TABLE youtube_oauth_states (
    state_sha256 TEXT PRIMARY KEY,
    channel_id UUID NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    code_verifier TEXT NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
