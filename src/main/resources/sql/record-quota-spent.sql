-- Adds what a call cost to today's count (the quota day in Pacific time).
INSERT INTO youtube_quota_spent (quota_day, units)
VALUES (CAST(:#${bean:youtubeQuota.day} AS DATE), CAST(:#units AS INTEGER))
ON CONFLICT (quota_day) DO UPDATE SET units = youtube_quota_spent.units + EXCLUDED.units
