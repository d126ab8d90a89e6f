-- A scheduled_time that passed while the upload waited: the job is published at its new time, or at once, and says so.
UPDATE video_jobs
   SET upload_strategy = :#${header.publishTimeChange.strategy()},
       scheduled_time = :#${header.publishTimeChange.scheduledTime()},
       upload_note = :#${header.publishTimeChange.note()}
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
