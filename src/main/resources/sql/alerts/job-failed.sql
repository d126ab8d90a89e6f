-- Condition job_failed: every failed job, with its stage and error message (which says what to do), and the retry.
SELECT CAST(j.id AS TEXT) AS subject_id, j.channel_id, j.id AS job_id,
       'Job failed at ' || COALESCE(CAST(j.failed_stage AS TEXT), 'an unknown stage') || ': ' || c.name AS title,
       'Job ' || j.id || ' of channel ' || c.name || ' (' || j.niche_label || ', ' || j.target_duration_minutes
           || ' min) failed at stage ' || COALESCE(CAST(j.failed_stage AS TEXT), 'unknown') || ': '
           || COALESCE(j.error_message, 'no message recorded') AS detail,
       'Mend the cause, then retry the job: open ' || :#studio || '/console/jobs/' || j.id
           || ' and press Retry, or POST ' || :#studio || '/api/jobs/' || j.id || '/retry' AS remedy
  FROM video_jobs j
  JOIN channels c ON c.id = j.channel_id
 WHERE j.status = 'failed'
