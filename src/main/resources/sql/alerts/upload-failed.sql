-- Condition upload_failed: a completed job whose upload failed (YouTube's reason), until the upload succeeds: a
-- retried upload keeps its alert while it is on its way.
SELECT CAST(j.id AS TEXT) AS subject_id, j.channel_id, j.id AS job_id,
       'Upload to YouTube failed: ' || c.name AS title,
       'The upload of job ' || j.id || ' of channel ' || c.name || ' (' || j.upload_strategy || ') '
           || CASE WHEN j.upload_state = 'failed' THEN 'failed: ' ELSE 'failed and is being tried again (' || j.upload_state || '): ' END
           || COALESCE(j.upload_message, 'no reason recorded') AS detail,
       'Mend what YouTube refused, then retry the upload: open ' || :#studio || '/console/jobs/' || j.id
           || ' and press Retry the upload, or POST ' || :#studio || '/api/jobs/' || j.id || '/retry' AS remedy
  FROM video_jobs j
  JOIN channels c ON c.id = j.channel_id
 WHERE j.status = 'completed'
   AND j.upload_strategy IN ('private', 'unlisted', 'public', 'scheduled')
   AND (j.upload_state = 'failed'
        OR (j.upload_state IN ('waiting', 'uploading', 'thumbnail')
            AND EXISTS (SELECT 1 FROM alerts a WHERE a.kind = 'upload_failed' AND a.state = 'open' AND a.job_id = j.id)))
