-- The job's images and those of the channel's last studio.distinct.recent-videos other videos that have images,
-- with their perceptual hashes where already recorded.
SELECT i.id, i.video_job_id, i.order_index, i.local_file_path, i.perceptual_hash
  FROM images i
 WHERE i.video_job_id = :#${exchangeProperty.job.id()}
    OR i.video_job_id IN (SELECT vj.id FROM video_jobs vj
                           WHERE vj.channel_id = :#${exchangeProperty.job.channelId()}
                             AND vj.id <> :#${exchangeProperty.job.id()}
                             AND EXISTS (SELECT 1 FROM images x WHERE x.video_job_id = vj.id)
                           ORDER BY vj.created_at DESC, vj.id
                           LIMIT CAST(:#${bean:distinctVideos.recentVideos} AS INTEGER))
 ORDER BY i.video_job_id, i.order_index
