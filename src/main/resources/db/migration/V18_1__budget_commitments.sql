-- Additions to the seed schema; nothing here removes or loosens what V1 created.

-- What the claimed job's next provider calls were estimated to cost when the budgets let them through, and when: until
-- the job has recorded that much or its claim ends, it counts against the month's budgets in other jobs' checks.
ALTER TABLE video_jobs ADD COLUMN budget_committed_usd NUMERIC(12, 6) CHECK (budget_committed_usd >= 0);
ALTER TABLE video_jobs ADD COLUMN budget_committed_at TIMESTAMP WITH TIME ZONE;

-- One row, the turn of the budgets' checks: a check reads the month's spend with this version and commits its
-- estimate only if the version has not moved since, moving it on; a check that lost its turn reads again. So two
-- stages checking at once (on one instance or several) never both spend the same money.
CREATE TABLE budget_checks (
    only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    version BIGINT NOT NULL DEFAULT 0
);
INSERT INTO budget_checks DEFAULT VALUES;
