-- The prompts and track titles of the channel's last other videos, newest first (video_rank 1), so that a new
-- plan repeats none of the prompts of the last ChannelHistory.PROMPT_VIDEOS and none of the titles of the last
-- ChannelHistory.TITLE_VIDEOS.
SELECT recent.video_rank, lower(item.value ->> 'prompt') AS prompt, lower(btrim(item.value ->> 'title')) AS title
  FROM (SELECT prompts_json, row_number() OVER (ORDER BY created_at DESC, id) AS video_rank
          FROM video_jobs
         WHERE channel_id = :#${exchangeProperty.job.channelId()}
           AND id <> :#${exchangeProperty.job.id()}
           AND prompts_json IS NOT NULL
         ORDER BY created_at DESC, id
         LIMIT CAST(:#${type:com.channelstudio.planning.ChannelHistory.TITLE_VIDEOS} AS INTEGER)) recent,
       jsonb_array_elements((recent.prompts_json -> 'music_prompts') || (recent.prompts_json -> 'visual_prompts')) AS item
