-- Additions to the seed schema; nothing here removes or loosens what V1 created.

-- What the claimed job's next provider calls were estimated to cost when the budgets let them through, and when: until
-- the job has recorded that much or its claim ends, it counts against the month's budgets in other jobs' checks, so
-- two stages checking at once cannot both spend the same money.
ALTER TABLE video_jobs ADD COLUMN budget_committed_usd NUMERIC(12, 6) CHECK (budget_committed_usd >= 0);
ALTER TABLE video_jobs ADD COLUMN budget_committed_at TIMESTAMP WITH TIME ZONE;
