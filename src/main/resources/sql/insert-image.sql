-- Recorded only while this claim holds the job. An image already recorded for this order_index is kept as it is.
INSERT INTO images (video_job_id, provider, provider_image_id, order_index, local_file_path, prompt_text)
SELECT id, CAST(:#${body.provider()} AS visual_provider), :#${body.providerImageId()},
       :#${body.orderIndex()}, :#${body.localFilePath()}, :#${body.promptText()}
  FROM video_jobs
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
ON CONFLICT (video_job_id, order_index) DO NOTHING
