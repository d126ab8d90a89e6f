-- The video's thumbnail is set: no later attempt sets it again.
UPDATE video_jobs
   SET youtube_thumbnail_set = TRUE,
       upload_message = NULL
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
