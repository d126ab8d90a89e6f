-- The job an earlier request with this Idempotency-Key made, and that request's fingerprint.
SELECT k.request_sha256, j.id, j.channel_id, CAST(j.status AS TEXT) AS status, j.niche_label, j.mood_keywords,
       j.target_duration_minutes, j.output_directory, j.created_at
  FROM idempotency_keys k
  JOIN video_jobs j ON j.id = k.video_job_id
 WHERE k.idempotency_key = :#${header.idempotencyKey}
