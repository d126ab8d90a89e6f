-- The prompts and track titles of the channel's last other videos, newest first (video_rank 1): a new plan
-- repeats none of the prompts of the last ChannelHistory.PROMPT_VIDEOS and none of the titles of the last
-- ChannelHistory.TITLE_VIDEOS; the check before render looks at the music prompts of the last
-- studio.distinct.recent-videos.
SELECT recent.video_rank, recent.id AS video_job_id, item.kind,
       CAST(item.value ->> 'order_index' AS INTEGER) AS order_index,
       lower(btrim(item.value ->> 'prompt')) AS prompt, lower(btrim(item.value ->> 'title')) AS title
  FROM (SELECT id, prompts_json, row_number() OVER (ORDER BY created_at DESC, id) AS video_rank
          FROM video_jobs
         WHERE channel_id = :#${exchangeProperty.job.channelId()}
           AND id <> :#${exchangeProperty.job.id()}
           AND prompts_json IS NOT NULL
         ORDER BY created_at DESC, id
         LIMIT GREATEST(CAST(:#${type:com.channelstudio.planning.ChannelHistory.TITLE_VIDEOS} AS INTEGER),
                        CAST(:#${bean:distinctVideos.recentVideos} AS INTEGER))) recent,
       LATERAL (SELECT 'music' AS kind, value FROM jsonb_array_elements(recent.prompts_json -> 'music_prompts')
                UNION ALL
                SELECT 'visual' AS kind, value FROM jsonb_array_elements(recent.prompts_json -> 'visual_prompts')) item
