-- One video's figures for one day; a day read again replaces its row.
INSERT INTO video_analytics (video_job_id, youtube_video_id, views, watch_time_hours, revenue_usd, snapshot_date)
VALUES (:#${body[videoJobId]}, :#${body[youtubeVideoId]}, :#${body[views]}, :#${body[watchTimeHours]},
        :#${body[revenueUsd]}, :#${body[day]})
ON CONFLICT (video_job_id, snapshot_date) DO UPDATE
   SET youtube_video_id = EXCLUDED.youtube_video_id,
       views = EXCLUDED.views,
       watch_time_hours = EXCLUDED.watch_time_hours,
       revenue_usd = EXCLUDED.revenue_usd
