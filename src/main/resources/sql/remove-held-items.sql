-- The rows of a held video's offending images and tracks, so the stages make them again from their new prompts.
WITH held AS (SELECT id FROM video_jobs
               WHERE id = :#${exchangeProperty.job.id()}
                 AND claim_token = :#${exchangeProperty.job.claimToken()}),
     copied_images AS (
         DELETE FROM images
          WHERE video_job_id IN (SELECT id FROM held)
            AND order_index = ANY (CAST(string_to_array(:#${exchangeProperty.distinctCheck.copiedImagesList()}, ',') AS INTEGER[]))
         RETURNING id)
DELETE FROM audio_tracks
 WHERE video_job_id IN (SELECT id FROM held)
   AND order_index = ANY (CAST(string_to_array(:#${exchangeProperty.distinctCheck.repeatedMusicList()}, ',') AS INTEGER[]))
