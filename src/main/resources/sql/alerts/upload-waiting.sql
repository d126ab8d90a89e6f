-- Condition upload_waiting: a completed job due for YouTube that is still not up studio.alerts.upload-wait-hours
-- after it was completed (waiting for the quota, the channel's cap or a budget; upload_message says which).
SELECT CAST(j.id AS TEXT) AS subject_id, j.channel_id, j.id AS job_id,
       'Upload waiting: ' || c.name AS title,
       'Job ' || j.id || ' of channel ' || c.name || ' was completed at '
           || to_char(done.at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC and is not on YouTube yet (' || j.upload_state
           || '): ' || COALESCE(j.upload_message, 'waiting for its turn') AS detail,
       'See what it waits for at ' || :#studio || '/console/jobs/' || j.id
           || '; for the quota, request more from Google or lower studio.youtube.max-uploads-per-channel-per-day' AS remedy
  FROM video_jobs j
  JOIN channels c ON c.id = j.channel_id
  JOIN LATERAL (SELECT max(s.entered_at) AS at FROM video_job_stages s
                 WHERE s.video_job_id = j.id AND s.status = 'completed') done ON TRUE
 WHERE j.status = 'completed'
   AND j.upload_strategy IN ('private', 'unlisted', 'public', 'scheduled')
   AND j.upload_state IN ('waiting', 'uploading', 'thumbnail')
   AND done.at < CURRENT_TIMESTAMP - CAST(:#${bean:alertChecks.uploadWaitHours} AS INTEGER) * INTERVAL '1 hour'
