-- Additions to the seed schema; nothing here removes or loosens what V1 created.

-- What every billed provider call cost: one row per call the vendor charges (a generation created, a picture or an
-- answer returned, a clip of a longer track), with the quantity in the price's unit and its cost in US dollars. It
-- is a ledger: a row outlives a repaired or remade asset, and a deleted job or channel keeps the month's spend.
-- reported: the quantity is the provider's own figure (Leonardo's apiCreditCost, an answer's token count).
CREATE TABLE provider_costs (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    video_job_id UUID REFERENCES video_jobs(id) ON DELETE SET NULL,
    channel_id UUID REFERENCES channels(id) ON DELETE SET NULL,
    provider TEXT NOT NULL CHECK (provider ~ '^[a-z][a-z0-9]*$'),
    asset TEXT NOT NULL CHECK (asset IN ('track', 'image', 'plan')),
    order_index INTEGER CHECK (order_index BETWEEN 1 AND 20),
    quantity NUMERIC(14, 4) NOT NULL CHECK (quantity >= 0),
    unit TEXT NOT NULL CHECK (unit IN ('per-track', 'per-minute', 'per-image', 'per-1k-tokens', 'per-api-credit')),
    cost_usd NUMERIC(12, 6) NOT NULL CHECK (cost_usd >= 0),
    reported BOOLEAN NOT NULL DEFAULT FALSE,
    recorded_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE INDEX provider_costs_of_job ON provider_costs (video_job_id);
CREATE INDEX provider_costs_of_channel_by_time ON provider_costs (channel_id, recorded_at);
CREATE INDEX provider_costs_by_time ON provider_costs (recorded_at);

-- A channel's spending limit per calendar month (UTC) for provider calls; NULL: none.
ALTER TABLE channels ADD COLUMN monthly_budget_usd NUMERIC(12, 2) CHECK (monthly_budget_usd >= 0);

-- The YouTube quota units the job's upload calls used (reserved at each claim, plus the calls no claim foresaw).
ALTER TABLE video_jobs ADD COLUMN youtube_quota_units INTEGER NOT NULL DEFAULT 0;

-- Why the job waits for a monthly budget (NULL: it does not), and when its stage looks again (a budget raised, a
-- month turned); no stage claims it before then.
ALTER TABLE video_jobs ADD COLUMN budget_wait TEXT;
ALTER TABLE video_jobs ADD COLUMN budget_waits_until TIMESTAMP WITH TIME ZONE;

INSERT INTO alert_kinds (kind, subject_type, severity, informational, meaning) VALUES
    ('budget_waiting', 'job', 'warning', FALSE, 'a job waits because its next provider calls would take its channel or the studio past the monthly budget; resolves when it goes on');
