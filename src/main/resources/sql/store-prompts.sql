UPDATE video_jobs
   SET prompts_json = CAST(:#promptsJson AS jsonb)
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
