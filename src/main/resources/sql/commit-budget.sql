-- The budgets let the claimed job's next calls through (header estimateUsd: what they will cost): until the job has
-- recorded that much or its claim ends, other jobs' checks count it as spent (month-spend.sql).
UPDATE video_jobs
   SET budget_committed_usd = :#estimateUsd, budget_committed_at = CURRENT_TIMESTAMP
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
