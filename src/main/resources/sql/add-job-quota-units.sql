-- Counts on the claimed job the YouTube quota units of calls its claim did not reserve (header units).
UPDATE video_jobs
   SET youtube_quota_units = youtube_quota_units + CAST(:#units AS INTEGER)
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
