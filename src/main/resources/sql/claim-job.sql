-- Claims the oldest job waiting in one stage in a single atomic statement: the claim is committed before any
-- work starts, so no transaction or connection is held while the job is processed, and two instances never
-- take the same row. A job whose lease expired (its instance died) is claimable again; one waiting for a monthly
-- budget only when its stage is to look again. The new claim token fences every later write of this claim.
UPDATE video_jobs
   SET claimed_by = :#${bean:studioInstance.id},
       claim_token = gen_random_uuid(),
       claimed_at = CURRENT_TIMESTAMP,
       lease_expires_at = CURRENT_TIMESTAMP + :#${bean:studioInstance.leaseSeconds} * INTERVAL '1 second'
 WHERE id = (SELECT id
               FROM video_jobs
              WHERE status = CAST(:#stage AS video_job_status)
                AND (claimed_by IS NULL OR lease_expires_at < CURRENT_TIMESTAMP)
                AND (budget_waits_until IS NULL OR budget_waits_until <= CURRENT_TIMESTAMP)
              ORDER BY created_at
              LIMIT 1
                FOR UPDATE SKIP LOCKED)
RETURNING id, channel_id, status, niche_label, mood_keywords, target_duration_minutes,
          CAST(prompts_json AS TEXT) AS prompts_json, output_directory, claim_token
