-- What the export said of the job's Shorts (a track too short for one); NULL when it made all it was asked for.
UPDATE video_jobs
   SET shorts_note = :#${header.shorts.note()}
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
