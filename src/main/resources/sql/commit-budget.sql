-- The budgets let the claimed job's next calls through (header estimateUsd: what they will cost), on the spend read
-- at the budgets' version in header budgetVersion: the estimate is committed and the version moved on, both or
-- neither; nothing is written when another check committed since (this one reads again) or the claim is lost.
WITH turn AS (
    UPDATE budget_checks SET version = version + 1
     WHERE version = :#budgetVersion
       AND EXISTS (SELECT 1 FROM video_jobs
                    WHERE id = :#${exchangeProperty.job.id()} AND claim_token = :#${exchangeProperty.job.claimToken()})
    RETURNING version)
UPDATE video_jobs
   SET budget_committed_usd = :#estimateUsd, budget_committed_at = CURRENT_TIMESTAMP
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
   AND EXISTS (SELECT 1 FROM turn)
