-- A job exported again makes its Shorts again: those of the earlier export go, except one already on YouTube.
DELETE FROM job_shorts s
 USING video_jobs j
 WHERE s.video_job_id = j.id
   AND j.id = :#${exchangeProperty.job.id()}
   AND j.claim_token = :#${exchangeProperty.job.claimToken()}
   AND s.youtube_video_id IS NULL
