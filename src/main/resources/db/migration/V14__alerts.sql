-- Additions to the seed schema; nothing here removes or loosens what V1 created.

-- What the studio tells an operator about. A kind is data: a row here, and a route that finds where its condition
-- holds (routes/alerts.camel.yaml: direct:check-alert-<kind>, run by the clustered check); an informational kind is
-- an event, raised where it happens (instance_lost: the sweep of expired claims) and resolved at once.
CREATE TABLE alert_kinds (
    kind TEXT PRIMARY KEY CHECK (kind ~ '^[a-z][a-z_]*$'),
    subject_type TEXT NOT NULL CHECK (subject_type IN ('job', 'channel', 'output_folder', 'instance')),
    severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    informational BOOLEAN NOT NULL DEFAULT FALSE,
    meaning TEXT NOT NULL
);

INSERT INTO alert_kinds (kind, subject_type, severity, informational, meaning) VALUES
    ('job_failed', 'job', 'critical', FALSE, 'a job reached failed; resolves when it is retried or deleted'),
    ('upload_failed', 'job', 'critical', FALSE, 'a completed job''s upload failed; resolves when the upload succeeds'),
    ('channel_paused', 'channel', 'critical', FALSE, 'a channel''s uploads paused (YouTube refused its token); resolves when it is connected again'),
    ('upload_waiting', 'job', 'warning', FALSE, 'an upload has waited (quota, cap, budget) longer than studio.alerts.upload-wait-hours; resolves when it is uploaded'),
    ('job_stuck', 'job', 'warning', FALSE, 'a job has stayed in one unfinished status longer than studio.alerts.stuck-minutes; resolves when it moves on'),
    ('schedule_behind', 'channel', 'warning', FALSE, 'an enabled schedule has had no job completed for two of its cron intervals; resolves when a job of the channel completes'),
    ('disk_low', 'output_folder', 'critical', FALSE, 'free space under studio.output-dir is below studio.alerts.disk-free-gb; resolves when it is above again'),
    ('instance_lost', 'instance', 'info', TRUE, 'the sweep freed the claims of an instance that stopped renewing them; informational, resolved at once');

-- One condition about one subject (a job, a channel, the output folder, an instance): opened once, updated while it
-- lasts (count, last_seen, the texts), resolved when it clears. The announced columns say its opening and its
-- resolution were handed to the destinations (alert_deliveries), each once.
CREATE TABLE alerts (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    kind TEXT NOT NULL REFERENCES alert_kinds(kind),
    subject_id TEXT NOT NULL,
    channel_id UUID REFERENCES channels(id) ON DELETE SET NULL,
    job_id UUID REFERENCES video_jobs(id) ON DELETE SET NULL,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved')),
    informational BOOLEAN NOT NULL DEFAULT FALSE,
    title TEXT NOT NULL,
    detail TEXT NOT NULL,
    remedy TEXT,
    first_seen TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_seen TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
    resolved_at TIMESTAMP WITH TIME ZONE,
    silenced_until TIMESTAMP WITH TIME ZONE,
    announced_at TIMESTAMP WITH TIME ZONE,
    resolution_announced_at TIMESTAMP WITH TIME ZONE,
    CHECK ((state = 'resolved') = (resolved_at IS NOT NULL))
);

-- One open alert per kind and subject, whoever checks; an event (informational) happens once per subject.
CREATE UNIQUE INDEX alerts_one_open_per_subject ON alerts (kind, subject_id) WHERE state = 'open';
CREATE UNIQUE INDEX alerts_one_event_per_subject ON alerts (kind, subject_id) WHERE informational;
CREATE INDEX alerts_of_job ON alerts (job_id);
CREATE INDEX alerts_of_channel ON alerts (channel_id);
CREATE INDEX alerts_resolved_recently ON alerts (resolved_at DESC) WHERE state = 'resolved';

-- The outbox: each message to each destination (webhook, email), claimed by one instance at a time (the claim
-- discipline of jobs: a fenced token and a lease), sent, and its outcome recorded. A failed attempt is tried again
-- at next_attempt_at; held: beyond studio.alerts.max-per-hour, left for the digest.
CREATE TABLE alert_deliveries (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    alert_id UUID REFERENCES alerts(id) ON DELETE CASCADE,
    destination TEXT NOT NULL CHECK (destination IN ('webhook', 'email')),
    message TEXT NOT NULL CHECK (message IN ('alert', 'resolution', 'held_back', 'digest')),
    payload JSONB,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'held', 'undeliverable')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_error TEXT,
    claimed_by TEXT,
    claim_token UUID,
    lease_expires_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    delivered_at TIMESTAMP WITH TIME ZONE,
    CHECK ((message IN ('alert', 'resolution')) = (alert_id IS NOT NULL))
);

-- An alert's opening and its resolution go to a destination once each.
CREATE UNIQUE INDEX alert_deliveries_once ON alert_deliveries (alert_id, destination, message) WHERE alert_id IS NOT NULL;
CREATE INDEX alert_deliveries_due ON alert_deliveries (next_attempt_at) WHERE state = 'pending';
CREATE INDEX alert_deliveries_by_destination ON alert_deliveries (destination, created_at);
