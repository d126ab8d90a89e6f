-- A channel's analytics snapshots, newest day first.
SELECT a.video_job_id, a.youtube_video_id, a.snapshot_date, a.views, a.watch_time_hours, a.revenue_usd,
       a.created_at
  FROM video_analytics a
  JOIN video_jobs j ON j.id = a.video_job_id
 WHERE j.channel_id = :#channelId
 ORDER BY a.snapshot_date DESC, a.youtube_video_id
