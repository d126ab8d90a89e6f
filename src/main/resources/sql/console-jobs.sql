-- Newest jobs first with their channel, the tracks and images made so far, and how long each stage they went
-- through took (the current one until now). Optional filters: status, channelId, jobId (NULL: any).
SELECT vj.id, vj.channel_id, c.name AS channel_name, CAST(vj.status AS TEXT) AS status, vj.niche_label,
       vj.target_duration_minutes, vj.error_message, CAST(vj.failed_stage AS TEXT) AS failed_stage, vj.created_at,
       vj.budget_wait,
       (SELECT COUNT(*) FROM audio_tracks a WHERE a.video_job_id = vj.id) AS tracks_made,
       (SELECT COUNT(*) FROM images i WHERE i.video_job_id = vj.id) AS images_made,
       (SELECT CAST(COALESCE(json_agg(json_build_object('stage', stages.status, 'seconds', stages.seconds)
                                      ORDER BY stages.entered_at), CAST('[]' AS json)) AS TEXT)
          FROM (SELECT CAST(st.status AS TEXT) AS status, st.entered_at,
                       EXTRACT(EPOCH FROM COALESCE(LEAD(st.entered_at) OVER (ORDER BY st.entered_at), clock_timestamp())
                                          - st.entered_at) AS seconds
                  FROM video_job_stages st
                 WHERE st.video_job_id = vj.id) stages
         WHERE stages.status NOT IN ('completed', 'failed')) AS stage_times
  FROM video_jobs vj
  JOIN channels c ON c.id = vj.channel_id
 WHERE (CAST(:#${header.status} AS TEXT) IS NULL OR CAST(vj.status AS TEXT) = CAST(:#${header.status} AS TEXT))
   AND (CAST(:#${header.channelId} AS UUID) IS NULL OR vj.channel_id = CAST(:#${header.channelId} AS UUID))
   AND (CAST(:#${header.jobId} AS UUID) IS NULL OR vj.id = CAST(:#${header.jobId} AS UUID))
 ORDER BY vj.created_at DESC
 LIMIT 200
