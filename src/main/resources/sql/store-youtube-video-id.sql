-- The video is on YouTube: its id is kept at once, so no later attempt uploads it again; the thumbnail is next.
UPDATE video_jobs
   SET youtube_video_id = :#uploadedVideoId,
       youtube_uploaded_at = CURRENT_TIMESTAMP,
       upload_state = 'thumbnail',
       upload_bytes_sent = upload_bytes_total,
       upload_message = NULL
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
   AND youtube_video_id IS NULL
