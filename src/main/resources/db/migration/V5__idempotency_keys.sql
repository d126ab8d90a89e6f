-- Additions to the seed schema; nothing here removes or loosens what V1 created.

-- The Idempotency-Key of each job created through the API: a client that sends its request again (say after a
-- timeout) gets the job its first request made instead of a second one, on whichever instance it lands. The
-- fingerprint (SHA-256 of the channel and the body) tells a repeat from another request under the same key.
CREATE TABLE idempotency_keys (
    idempotency_key TEXT PRIMARY KEY,
    request_sha256  TEXT        NOT NULL,
    video_job_id    UUID        NOT NULL REFERENCES video_jobs (id) ON DELETE CASCADE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
