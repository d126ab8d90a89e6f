-- The recorded file of a job's track or image (by order_index), video, or Short (by its index): the console serves
-- nothing else.
SELECT CASE CAST(:#kind AS TEXT)
           WHEN 'track' THEN (SELECT local_file_path FROM audio_tracks
                               WHERE video_job_id = :#jobId AND order_index = CAST(:#orderIndex AS INTEGER))
           WHEN 'image' THEN (SELECT local_file_path FROM images
                               WHERE video_job_id = :#jobId AND order_index = CAST(:#orderIndex AS INTEGER))
           WHEN 'video' THEN (SELECT local_video_path FROM video_jobs WHERE id = :#jobId)
           WHEN 'short' THEN (SELECT local_file_path FROM job_shorts
                               WHERE video_job_id = :#jobId AND short_index = CAST(:#orderIndex AS INTEGER))
       END AS local_file_path
