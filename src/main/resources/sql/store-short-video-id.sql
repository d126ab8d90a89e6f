-- The Short is on YouTube: its id is kept at once, so no later attempt uploads it again.
UPDATE job_shorts s
   SET youtube_video_id = :#uploadedVideoId,
       upload_state = 'uploaded',
       upload_bytes_sent = s.upload_bytes_total,
       upload_session_uri = NULL,
       publish_at = :#${header.shortMetadata.publishAt()}
  FROM video_jobs j
 WHERE s.video_job_id = j.id
   AND j.id = :#${exchangeProperty.job.id()}
   AND j.claim_token = :#${exchangeProperty.job.claimToken()}
   AND s.short_index = CAST(:#${header.short[short_index]} AS INTEGER)
   AND s.youtube_video_id IS NULL
