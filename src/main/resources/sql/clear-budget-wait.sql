-- The claimed job's next calls fit the budgets again: it no longer waits.
UPDATE video_jobs
   SET budget_wait = NULL, budget_waits_until = NULL
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
   AND budget_wait IS NOT NULL
