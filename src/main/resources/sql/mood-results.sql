-- How a channel's mood sets did with its viewers: per mood set (a job's mood_keywords), its videos with analytics,
-- the mean per day of studio.schedules.learn-metric over each video's first studio.schedules.learn-days days of
-- figures, then over its videos (and their spread), and how many of the channel's last jobs (its recent firings) had it.
WITH videos AS (
    SELECT j.mood_keywords AS mood,
           AVG(CASE WHEN :#${bean:learnedMoods.metric} = 'watch_hours' THEN a.watch_time_hours ELSE a.views END) AS per_day
      FROM video_jobs j
      JOIN video_analytics a ON a.video_job_id = j.id
     WHERE j.channel_id = :#channelId
       AND a.snapshot_date < (SELECT MIN(first.snapshot_date) FROM video_analytics first WHERE first.video_job_id = j.id)
                             + CAST(:#${bean:learnedMoods.days} AS INTEGER)
     GROUP BY j.id, j.mood_keywords),
results AS (
    SELECT mood, COUNT(*) AS videos, AVG(per_day) AS per_day, COALESCE(STDDEV_SAMP(per_day), 0) AS spread
      FROM videos
     GROUP BY mood),
recent AS (
    SELECT mood_keywords AS mood, COUNT(*) AS firings
      FROM (SELECT mood_keywords FROM video_jobs WHERE channel_id = :#channelId
             ORDER BY created_at DESC LIMIT CAST(:#${bean:learnedMoods.window} AS INTEGER)) last
     GROUP BY mood_keywords)
SELECT COALESCE(r.mood, f.mood) AS mood, COALESCE(r.videos, 0) AS videos, CAST(r.per_day AS DOUBLE PRECISION) AS per_day,
       CAST(COALESCE(r.spread, 0) AS DOUBLE PRECISION) AS spread, COALESCE(f.firings, 0) AS recent_firings
  FROM results r
  FULL JOIN recent f ON f.mood = r.mood
 ORDER BY r.per_day DESC NULLS LAST, mood
